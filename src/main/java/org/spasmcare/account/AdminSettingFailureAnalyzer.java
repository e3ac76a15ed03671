package org.spasmcare.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A first-admin setting that cannot be used ends the start with a plain Description and Action, not a
 * stack trace. Registered in META-INF/spring.factories.
 */
class AdminSettingFailureAnalyzer extends AbstractFailureAnalyzer<AdminSettingRejectedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminSettingRejectedException rejected) {
        return new FailureAnalysis(rejected.getMessage(),
                "Change SPASMCARE_ADMIN_USERNAME or SPASMCARE_ADMIN_PASSWORD as the description says (or unset"
                        + " SPASMCARE_ADMIN_PASSWORD to get a one-time password in the log), then start SpasmCare"
                        + " again. docs/staff-and-admins.md describes the first admin.",
                rejected);
    }
}
