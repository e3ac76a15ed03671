package org.spasmcare.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TreatmentRepository extends JpaRepository<Treatment, Long> {

    List<Treatment> findAllByOrderByDisplayOrderAsc();

    Optional<Treatment> findBySlug(String slug);
}
