package org.spasmcare.recovery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.spasmcare.triage.RedFlag;

/**
 * "A clinician has seen me about this" (clinical rules §8): the date the patient gives, when it was recorded,
 * and the red flags it covered then. Flags saved later are not covered.
 */
@Entity
@Table(name = "red_flag_seen")
public class RedFlagSeen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "seen_on", nullable = false)
    private LocalDate seenOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Convert(converter = CodeSetConverter.RedFlags.class)
    @Column(name = "red_flags", nullable = false)
    private Set<RedFlag> redFlags = Set.of();

    protected RedFlagSeen() {
        // for JPA
    }

    public RedFlagSeen(Episode episode, LocalDate seenOn, Instant recordedAt, Set<RedFlag> redFlags) {
        this.episode = episode;
        this.seenOn = seenOn;
        this.recordedAt = recordedAt;
        this.redFlags = Set.copyOf(redFlags);
    }

    public LocalDate getSeenOn() {
        return seenOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }
}
