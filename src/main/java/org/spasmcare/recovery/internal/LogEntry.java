package org.spasmcare.recovery.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;

/** One day in the log: pain, how much it got in the way, what was tried, and any new warning sign. */
@Entity
public class LogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false)
    private int pain;

    /** How much the pain got in the way of daily activities, 0 to 10. */
    @Column(nullable = false)
    private int interference;

    /**
     * What was tried, one row a treatment, so the medicine counts join it. The log page reads the treatments
     * of a page of entries in one query (batch size above a page), never one query an entry.
     */
    @ElementCollection
    @CollectionTable(name = "log_entry_treatment", joinColumns = @JoinColumn(name = "log_entry_id"))
    @Column(name = "treatment", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<TreatmentCode> treatments = EnumSet.noneOf(TreatmentCode.class);

    @Convert(converter = CodeSetConverter.RedFlags.class)
    @Column(name = "red_flags", nullable = false)
    private Set<RedFlag> redFlags = Set.of();

    /** The flags of this entry that a "clinician has seen me" confirmation covers; always within redFlags. */
    @Convert(converter = CodeSetConverter.RedFlags.class)
    @Column(name = "red_flags_seen", nullable = false)
    private Set<RedFlag> redFlagsSeen = Set.of();

    private String notes;

    @Version
    private long version;

    protected LogEntry() {
        // for JPA
    }

    public LogEntry(Episode episode, LocalDate entryDate) {
        this.episode = episode;
        this.entryDate = entryDate;
    }

    public void record(LocalDate date, int pain, int interference, Set<TreatmentCode> treatments, Set<RedFlag> redFlags,
            String notes) {
        this.entryDate = date;
        this.pain = pain;
        this.interference = interference;
        // changed in place, so an unchanged set rewrites no rows
        this.treatments.retainAll(treatments);
        this.treatments.addAll(treatments);
        this.redFlags = Set.copyOf(redFlags);
        // a flag still there stays covered; one added (or added back) is new, so its alert shows again
        this.redFlagsSeen = this.redFlagsSeen.stream().filter(this.redFlags::contains)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public Long getId() {
        return id;
    }

    public Episode getEpisode() {
        return episode;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public int getPain() {
        return pain;
    }

    public int getInterference() {
        return interference;
    }

    /** A copy in the codes' order, readable after the transaction. */
    public Set<TreatmentCode> getTreatments() {
        EnumSet<TreatmentCode> copy = EnumSet.noneOf(TreatmentCode.class);
        copy.addAll(treatments);
        return Collections.unmodifiableSet(copy);
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    /** The flags whose alert shows: those no confirmation has covered. */
    public Set<RedFlag> getShowingRedFlags() {
        EnumSet<RedFlag> showing = EnumSet.noneOf(RedFlag.class);
        redFlags.stream().filter(flag -> !redFlagsSeen.contains(flag)).forEach(showing::add);
        return showing;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
