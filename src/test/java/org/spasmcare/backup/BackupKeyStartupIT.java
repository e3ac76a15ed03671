package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.SpasmCareApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The whole app started with a backup key it cannot use stops with a plain message and what to do, never
 * showing the setting's value; and never runs taking plain backups instead.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupKeyStartupIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldStopStartUpWithAPlainMessageWhenTheKeyCannotBeUsed(CapturedOutput output) {
        String tooShort = "c2hvcnQga2V5IG9mIDE2Ynk="; // 17 bytes in base64

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SpasmCareApplication.class)
                .run("--server.port=0", "--spasmcare.data-dir=" + dataDir, "--spring.main.banner-mode=off",
                        "--spasmcare.backup.key=" + tooShort).close());

        assertThat(failure).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("SpasmCare cannot use the key for encrypting backups: spasmcare.backup.key"
                        + " (SPASMCARE_BACKUP_KEY) holds 17 bytes; it must hold 32 bytes")
                .contains("openssl rand -base64 32")
                .doesNotContain(tooShort);
        assertThat(Files.exists(dataDir.resolve("backups"))).isFalse();
    }
}
