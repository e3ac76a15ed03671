package org.spasmcare.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether PostgreSQL tests run (the variables name a server), skip (a developer machine without
 * PostgreSQL) or must run (CI sets {@code SPASMCARE_POSTGRES_TESTS=required}).
 */
public class PostgresCondition implements ExecutionCondition {

    static final String REQUIRED_VARIABLE = "SPASMCARE_POSTGRES_TESTS";

    private static final Logger log = LoggerFactory.getLogger(PostgresCondition.class);
    private static final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.configured()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getenv(TestPostgres.URL_VARIABLE));
        }
        if ("required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
            // Run anyway: creating the database fails loudly, which is what CI needs.
            return ConditionEvaluationResult.enabled(REQUIRED_VARIABLE + "=required but no PostgreSQL is configured");
        }
        String reason = "PostgreSQL tests SKIPPED: " + TestPostgres.URL_VARIABLE + ", " + TestPostgres.USER_VARIABLE
                + " and " + TestPostgres.PASSWORD_VARIABLE + " are not set. To run them, see the README section"
                + " 'PostgreSQL and several instances'";
        if (warned.compareAndSet(false, true)) {
            log.warn(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
