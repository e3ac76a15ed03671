package org.spasmcare.recovery;

import java.util.Optional;

import org.spasmcare.account.SignedInAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The recovery log's part of the care plan page: what its "Save to my log" box tells this person. Named by
 * package, not by class, so the assessment feature does not depend on the log (the log depends on it).
 */
@ControllerAdvice(basePackages = "org.spasmcare.assessment")
class SaveBoxAdvice {

    /** Absent in web slice tests of the assessment: the box then knows of no episode. */
    private final ObjectProvider<RecoveryLog> log;

    SaveBoxAdvice(ObjectProvider<RecoveryLog> log) {
        this.log = log;
    }

    @ModelAttribute("saveBox")
    SaveBox saveBox(@AuthenticationPrincipal SignedInAccount me) {
        if (me == null) {
            return new SaveBox(null, Optional::empty);
        }
        return new SaveBox(me.role(), () -> {
            RecoveryLog recoveryLog = log.getIfAvailable();
            return recoveryLog == null ? Optional.empty() : recoveryLog.currentEpisode(me.id());
        });
    }
}
