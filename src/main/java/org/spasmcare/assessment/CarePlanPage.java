package org.spasmcare.assessment;

import java.util.List;

import org.spasmcare.catalog.TreatmentView;
import org.spasmcare.triage.AvoidedTreatment;
import org.spasmcare.triage.CarePlan;
import org.spasmcare.triage.PlannedTreatment;

/** What the care plan page shows: the plan, with each treatment's catalog entry beside it. */
public record CarePlanPage(CarePlan plan, List<Step> steps, List<Avoided> avoided) {

    public record Step(PlannedTreatment planned, TreatmentView treatment) {
    }

    public record Avoided(AvoidedTreatment avoided, TreatmentView treatment) {
    }
}
