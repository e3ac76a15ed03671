package org.spasmcare.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditedTreatmentRepository extends JpaRepository<EditedTreatment, Long> {

    Optional<EditedTreatment> findBySlug(String slug);
}
