package org.spasmcare.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One of the seven treatments as clinic staff maintain it. Long fields ({@link #getHowTo()},
 * {@link #getCautions()}, {@link #getEvidence()}) are CommonMark; patients only ever see them through
 * {@link SafeMarkdown}.
 */
@Entity
public class Treatment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable code shared with the rules, for example {@code HEAT_COLD}; never changes. */
    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String summary;

    @Column(name = "how_to", nullable = false)
    private String howTo;

    @Column(nullable = false)
    private String cautions;

    @Column(nullable = false)
    private String evidence;

    @Column(nullable = false)
    private String complexity;

    @Column(nullable = false)
    private String resources;

    @Column(name = "expected_outcome", nullable = false)
    private String expectedOutcome;

    @Column(name = "ideal_use", nullable = false)
    private String idealUse;

    @Column(name = "key_advantages", nullable = false)
    private String keyAdvantages;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Version
    private long version;

    protected Treatment() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getHowTo() {
        return howTo;
    }

    public String getCautions() {
        return cautions;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getComplexity() {
        return complexity;
    }

    public String getResources() {
        return resources;
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }

    public String getIdealUse() {
        return idealUse;
    }

    public String getKeyAdvantages() {
        return keyAdvantages;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public long getVersion() {
        return version;
    }
}
