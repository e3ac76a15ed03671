package org.spasmcare.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Where backups go and how often they are taken.
 *
 * @param folder   where backups are written; application.yml sets {@code ${spasmcare.data-dir}/backups}
 * @param schedule when the automatic daily backup runs, as a Spring cron expression in the server's time
 *                 zone ({@code 0 30 2 * * *}: every day at 02:30), or {@code -} to switch it off
 * @param keep     how many automatic backups of each kind (daily, pre-migration) to keep; older ones are
 *                 deleted after each new one. Backups taken by hand are never deleted by the app.
 * @param key      when set, 32 random bytes in base64 ({@code openssl rand -base64 32}): every backup is
 *                 then encrypted with it (AES-256-GCM) and named {@code *.zip.enc}; unset or blank, backups
 *                 are plain zips. Checked when the app starts ({@link BackupKey}); never printed.
 */
@ConfigurationProperties("spasmcare.backup")
public record BackupProperties(
        @DefaultValue("./data/backups") Path folder,
        @DefaultValue(BackupProperties.DAILY_AT_2_30) String schedule,
        @DefaultValue("14") int keep,
        @Nullable String key) {

    /** Without a key: backups are not encrypted. */
    public BackupProperties(Path folder, String schedule, int keep) {
        this(folder, schedule, keep, null);
    }

    static final String DAILY_AT_2_30 = "0 30 2 * * *";
    static final String OFF = Scheduled.CRON_DISABLED;

    /** "0 M H * * *" (or with "?" for the day of the week): once a day at H:M. */
    private static final Pattern DAILY = Pattern.compile("0 ([0-5]?[0-9]) ([01]?[0-9]|2[0-3]) \\* \\* [*?]");

    @ConstructorBinding
    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("spasmcare.backup.keep must be at least 1, was " + keep);
        }
        if (schedule == null || schedule.isBlank()) {
            schedule = OFF;
        }
        if (!OFF.equals(schedule) && !CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("spasmcare.backup.schedule is not a cron expression (six fields,"
                    + " for example '" + DAILY_AT_2_30 + "') nor '" + OFF + "' (off): '" + schedule + "'");
        }
        folder = folder.toAbsolutePath().normalize();
    }

    /** Whether the automatic daily backup runs at all. */
    public boolean scheduled() {
        return !OFF.equals(schedule);
    }

    /**
     * The time of day of a once-a-day schedule, as a 24-hour clock shows it ({@code 0 30 2 * * *} gives
     * "02:30"), for the backups page to say "every day at 02:30"; empty for any other schedule, which the
     * page then shows as it is written.
     */
    public Optional<String> dailyAt() {
        Matcher daily = DAILY.matcher(schedule.strip());
        if (!daily.matches()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%02d:%02d", Integer.parseInt(daily.group(2)), Integer.parseInt(daily.group(1))));
    }

    /** Whether a key is set, so that backups are encrypted (whether it is valid is checked at start-up). */
    public boolean encrypted() {
        return key != null && !key.isBlank();
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "BackupProperties[folder=" + folder + ", schedule=" + schedule + ", keep=" + keep + ", key="
                + (encrypted() ? "(set)" : "(not set)") + "]";
    }
}
