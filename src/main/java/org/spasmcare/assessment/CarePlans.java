package org.spasmcare.assessment;

import org.spasmcare.catalog.PublishedTreatments;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.catalog.TreatmentView;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlan;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.stereotype.Service;

/** The one place the form and the API get their plans from, so both always agree. */
@Service
public class CarePlans {

    private final CarePlanner planner = new CarePlanner();
    private final TreatmentCatalog catalog;

    CarePlans(TreatmentCatalog catalog) {
        this.catalog = catalog;
    }

    public CarePlan plan(Assessment assessment) {
        return planner.plan(assessment);
    }

    public CarePlanPage page(Assessment assessment) {
        CarePlan plan = plan(assessment);
        PublishedTreatments treatments = catalog.published();
        return new CarePlanPage(plan,
                plan.recommendations().stream()
                        .map(step -> new CarePlanPage.Step(step, entry(treatments, step.treatment())))
                        .toList(),
                plan.avoid().stream()
                        .map(avoided -> new CarePlanPage.Avoided(avoided, entry(treatments, avoided.treatment())))
                        .toList());
    }

    private static TreatmentView entry(PublishedTreatments treatments, TreatmentCode code) {
        return treatments.findByCode(code.name())
                .orElseThrow(() -> new IllegalStateException("the catalog has no treatment " + code));
    }
}
