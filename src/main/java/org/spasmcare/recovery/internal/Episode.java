package org.spasmcare.recovery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * One episode of back pain in a patient's log. It keeps the answers of the assessment it came from
 * (none when started by hand), so its plan can be worked out again from the onset date at any time.
 */
@Entity
public class Episode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The owner. Every query names it, so nobody reaches another person's log. */
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "onset_date", nullable = false)
    private LocalDate onsetDate;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "pain_score")
    private Integer painScore;

    @Convert(converter = CodeSetConverter.RedFlags.class)
    @Column(name = "red_flags", nullable = false)
    private Set<RedFlag> redFlags = Set.of();

    @Convert(converter = CodeSetConverter.SafetyFactors.class)
    @Column(name = "safety_factors", nullable = false)
    private Set<SafetyFactor> safetyFactors = Set.of();

    private Integer age;

    private Boolean pregnant;

    @Column(name = "flare_up")
    private Boolean flareUp;

    @Column(name = "rules_version")
    private String rulesVersion;

    @Version
    private long version;

    protected Episode() {
        // for JPA
    }

    public Episode(long accountId, LocalDate onsetDate, Instant startedAt) {
        this.accountId = accountId;
        this.onsetDate = onsetDate;
        this.startedAt = startedAt;
        this.current = true;
    }

    /** Keeps what the person answered when they saved their plan. */
    public void rememberAssessment(Integer painScore, Set<RedFlag> redFlags, Set<SafetyFactor> safetyFactors, Integer age,
            Boolean pregnant, Boolean flareUp, String rulesVersion) {
        this.painScore = painScore;
        this.redFlags = Set.copyOf(redFlags);
        this.safetyFactors = Set.copyOf(safetyFactors);
        this.age = age;
        this.pregnant = pregnant;
        this.flareUp = flareUp;
        this.rulesVersion = rulesVersion;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public boolean isCurrent() {
        return current;
    }

    public Integer getPainScore() {
        return painScore;
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    public Set<SafetyFactor> getSafetyFactors() {
        return safetyFactors;
    }

    public Integer getAge() {
        return age;
    }

    public Boolean getPregnant() {
        return pregnant;
    }

    public Boolean getFlareUp() {
        return flareUp;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    /** Changes with every save: a question asked about the episode names the version it was asked at. */
    public long getVersion() {
        return version;
    }
}
