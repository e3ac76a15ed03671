package org.spasmcare.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TreatmentRepository extends JpaRepository<Treatment, Long> {

    List<Treatment> findAllByOrderByDisplayOrderAsc();
}
