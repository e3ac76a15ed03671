package org.spasmcare.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("spasmcare.backup")
public record BackupProperties(
        @DefaultValue("./data/backups") Path folder,
        @DefaultValue(BackupProperties.DAILY_AT_2_30) String schedule,
        @DefaultValue("14") int keep) {

    static final String DAILY_AT_2_30 = "0 30 2 * * *";
    static final String OFF = Scheduled.CRON_DISABLED;

    /** "0 M H * * *" (or with "?" for the day of the week): once a day at H:M. */
    private static final Pattern DAILY = Pattern.compile("0 ([0-5]?[0-9]) ([01]?[0-9]|2[0-3]) \\* \\* [*?]");

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
}
