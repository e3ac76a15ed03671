package org.spasmcare.assessment;

import java.util.List;

import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;

/** Where to go when the red flags alone already say EMERGENCY or URGENT: shown straight after step 1. */
public record RedFlagPage(Disposition disposition, List<RedFlag> redFlags) {
}
