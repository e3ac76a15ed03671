package org.spasmcare.catalog;

import org.spasmcare.catalog.internal.TreatmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one way into what patients read: puts reviewed content in place of a treatment's published content. */
@Service
public class TreatmentPublishing {

    private final TreatmentRepository treatments;

    TreatmentPublishing(TreatmentRepository treatments) {
        this.treatments = treatments;
    }

    /**
     * Patients see this content once the caller's transaction commits; the caller announces it with a
     * {@link TreatmentPublished} so that the catalog reloads.
     *
     * @throws IllegalArgumentException when no treatment has this code
     */
    @Transactional
    public void publish(String code, TreatmentContent content) {
        treatments.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("no treatment " + code))
                .publish(content);
    }
}
