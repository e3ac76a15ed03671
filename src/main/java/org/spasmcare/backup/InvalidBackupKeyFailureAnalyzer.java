package org.spasmcare.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A backup key setting that cannot be used, as a plain Description and Action. Registered in META-INF/spring.factories. */
class InvalidBackupKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBackupKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidBackupKeyException invalid) {
        return new FailureAnalysis(
                "SpasmCare cannot use the key for encrypting backups: " + invalid.getMessage(),
                String.join(System.lineSeparator(),
                        "Set " + BackupKey.SETTING + " to 32 random bytes in base64, made for example with",
                        "    openssl rand -base64 32",
                        "and keep a copy of it somewhere other than the server: without it, no encrypted backup can"
                                + " be restored. To take backups without encryption, leave the setting unset."),
                invalid);
    }
}
