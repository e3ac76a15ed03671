package org.spasmcare.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where staff editing of one treatment stands: its newest revision and the one patients see. These columns
 * live in the catalog's treatment row, but only content moves them; the catalog's content is written through
 * {@link org.spasmcare.catalog.TreatmentPublishing}.
 *
 * <p>The row's version column guards the head: of two editors who opened the same revision only the first
 * save wins.
 */
@Entity(name = "EditedTreatment")
@Table(name = "treatment")
public class EditedTreatment {

    @Id
    private Long id;

    @Column(nullable = false, insertable = false, updatable = false)
    private String code;

    @Column(nullable = false, insertable = false, updatable = false)
    private String slug;

    /** The newest revision: what an editor starts from. Moving it bumps {@link #version}. */
    @Column(name = "head_revision", nullable = false)
    private int headRevision;

    /** The revision whose content patients see. */
    @Column(name = "published_revision", nullable = false)
    private int publishedRevision;

    @Version
    private long version;

    protected EditedTreatment() {
        // for JPA
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getSlug() {
        return slug;
    }

    public int getHeadRevision() {
        return headRevision;
    }

    public int getPublishedRevision() {
        return publishedRevision;
    }

    /** A new revision was saved on top of the others. */
    public void moveHeadTo(int revision) {
        this.headRevision = revision;
    }

    /** Patients see this revision from now on (its content goes to the catalog in the same transaction). */
    public void publish(int revision) {
        this.publishedRevision = revision;
    }
}
