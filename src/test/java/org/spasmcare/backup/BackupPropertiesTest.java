package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The schedule in words on the backups page: a once-a-day cron as its time, anything else as written. */
class BackupPropertiesTest {

    private static BackupProperties schedule(String cron) {
        return new BackupProperties(Path.of("backups"), cron, 14);
    }

    @Test
    void shouldGiveTheTimeOfADailySchedule() {
        assertThat(schedule("0 30 2 * * *").dailyAt()).contains("02:30");
        assertThat(schedule(BackupProperties.DAILY_AT_2_30).dailyAt()).contains("02:30");
        assertThat(schedule("0 0 23 * * ?").dailyAt()).contains("23:00");
        assertThat(schedule("0 5 7 * * *").dailyAt()).contains("07:05");
    }

    @Test
    void shouldLeaveAnyOtherScheduleAsWritten() {
        assertThat(schedule("0 30 2 * * MON-FRI").dailyAt()).isEmpty();
        assertThat(schedule("0 */15 * * * *").dailyAt()).isEmpty();
        assertThat(schedule("30 30 2 * * *").dailyAt()).isEmpty();
        assertThat(schedule("0 30 2 1 * *").dailyAt()).isEmpty();
        assertThat(schedule("-").dailyAt()).isEmpty();
    }
}
