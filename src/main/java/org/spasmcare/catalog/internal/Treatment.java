package org.spasmcare.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.spasmcare.catalog.SafeMarkdown;
import org.spasmcare.catalog.TreatmentContent;

/**
 * One of the seven treatments as patients see it. Long fields ({@link #getHowTo()}, {@link #getCautions()},
 * {@link #getEvidence()}) are CommonMark; patients only ever see them through {@link SafeMarkdown}. The same
 * row holds where staff editing stands (newest and published revision): the content editor maps those itself.
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

    /** What patients see; replaced as a whole when a reviewed revision is published. */
    @Embedded
    private TreatmentContent content;

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
        return content.name();
    }

    public String getSummary() {
        return content.summary();
    }

    public String getHowTo() {
        return content.howTo();
    }

    public String getCautions() {
        return content.cautions();
    }

    public String getEvidence() {
        return content.evidence();
    }

    public String getComplexity() {
        return content.complexity();
    }

    public String getResources() {
        return content.resources();
    }

    public String getExpectedOutcome() {
        return content.expectedOutcome();
    }

    public String getIdealUse() {
        return content.idealUse();
    }

    public String getKeyAdvantages() {
        return content.keyAdvantages();
    }

    public int getDisplayOrder() {
        return content.displayOrder();
    }

    public long getVersion() {
        return version;
    }

    public TreatmentContent content() {
        return content;
    }

    /** Patients see this content from now on (once the transaction commits). */
    public void publish(TreatmentContent content) {
        this.content = content;
    }
}
