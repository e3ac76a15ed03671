package org.spasmcare.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decides whether browser tests run, skip (developer machine without Chromium) or must run (CI). */
class ChromiumCondition implements ExecutionCondition {

    static final String REQUIRED_VARIABLE = "SPASMCARE_BROWSER_TESTS";

    private static final Logger log = LoggerFactory.getLogger(ChromiumCondition.class);
    private static final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.isInstalled()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.BINARY);
        }
        if ("required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
            // Run anyway: starting the browser fails loudly, which is what CI needs.
            return ConditionEvaluationResult.enabled(REQUIRED_VARIABLE + "=required but Chromium is missing");
        }
        String reason = "Browser tests SKIPPED: Chromium not found at " + Chromium.BINARY + " / " + Chromium.DRIVER
                + ". To run them: sudo apt-get install chromium chromium-driver";
        if (warned.compareAndSet(false, true)) {
            log.warn(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
