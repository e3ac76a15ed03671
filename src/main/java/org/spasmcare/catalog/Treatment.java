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

    /** The newest revision: what an editor starts from. Moving it bumps {@link #version}. */
    @Column(name = "head_revision", nullable = false)
    private int headRevision;

    /** The revision whose content is in this row, the one patients see. */
    @Column(name = "published_revision", nullable = false)
    private int publishedRevision;

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

    public int getHeadRevision() {
        return headRevision;
    }

    public int getPublishedRevision() {
        return publishedRevision;
    }

    public TreatmentContent content() {
        return new TreatmentContent(name, summary, howTo, cautions, evidence, complexity, resources, expectedOutcome,
                idealUse, keyAdvantages, displayOrder);
    }

    /** A new revision was saved on top of the others. */
    public void moveHeadTo(int revision) {
        this.headRevision = revision;
    }

    /** Patients see this content from now on (once the transaction commits). */
    public void publish(TreatmentContent content, int revision) {
        this.name = content.name();
        this.summary = content.summary();
        this.howTo = content.howTo();
        this.cautions = content.cautions();
        this.evidence = content.evidence();
        this.complexity = content.complexity();
        this.resources = content.resources();
        this.expectedOutcome = content.expectedOutcome();
        this.idealUse = content.idealUse();
        this.keyAdvantages = content.keyAdvantages();
        this.displayOrder = content.displayOrder();
        this.publishedRevision = revision;
    }
}
