package org.spasmcare.content.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EditedTreatmentRepository extends JpaRepository<EditedTreatment, Long> {

    Optional<EditedTreatment> findBySlug(String slug);
}
