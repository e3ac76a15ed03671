package org.spasmcare.recovery;

import java.io.Serializable;

import org.spasmcare.triage.Assessment;

/**
 * A plan someone asked to save before signing in. It waits in their session (never in the database)
 * until they sign in or create an account, then becomes an episode. The onset date is worked out when the
 * plan is made and kept: signing in after midnight must not move it a day later.
 */
record PendingPlan(Assessment assessment, java.time.LocalDate onsetDate) implements Serializable {

    static final String SESSION_KEY = PendingPlan.class.getName();

    /** The plan saved last in this session: the same plan sent again (Back, a refresh) is not saved twice. */
    static final String SAVED_KEY = PendingPlan.class.getName() + ".saved";
}
