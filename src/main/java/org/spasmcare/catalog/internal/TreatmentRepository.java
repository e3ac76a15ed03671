package org.spasmcare.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.spasmcare.catalog.TreatmentCatalog;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TreatmentRepository extends JpaRepository<Treatment, Long> {

    @Query("select t from Treatment t order by t.content.displayOrder")
    List<Treatment> findAllByOrderByDisplayOrderAsc();

    Optional<Treatment> findBySlug(String slug);

    Optional<Treatment> findByCode(String code);

    /** One small aggregate row: what {@link TreatmentCatalog} compares to notice changes made elsewhere. */
    @Query("select new org.spasmcare.catalog.internal.CatalogVersion(coalesce(sum(t.version), 0L), count(t)) from Treatment t")
    CatalogVersion catalogVersion();
}
