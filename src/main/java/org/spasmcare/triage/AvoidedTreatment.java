package org.spasmcare.triage;

import java.util.List;

/** A treatment the phase would have suggested but that is not safe for this person, and why. */
public record AvoidedTreatment(TreatmentCode treatment, List<SafetyFactor> factors) {

    public AvoidedTreatment {
        factors = List.copyOf(factors);
    }
}
