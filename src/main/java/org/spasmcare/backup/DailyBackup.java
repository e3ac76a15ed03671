package org.spasmcare.backup;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The automatic backup, on {@code spasmcare.backup.schedule} in the clock's time zone (daily at 02:30 by
 * default; {@code -} switches it off). It keeps the newest {@code spasmcare.backup.keep} daily backups.
 */
@Component
class DailyBackup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);

    private final DatabaseBackups backups;
    private final Clock clock;

    DailyBackup(DatabaseBackups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        BackupProperties settings = backups.settings();
        if (!settings.scheduled()) {
            log.info("Automatic daily backups are off (spasmcare.backup.schedule={})", settings.schedule());
            return;
        }
        tasks.addCronTask(new CronTask(this::run, new CronTrigger(settings.schedule(), clock.getZone())));
        log.info("Automatic backups on '{}' ({}) into {}, keeping the newest {}", settings.schedule(),
                clock.getZone(), settings.folder(), settings.keep());
    }

    void run() {
        if (!backups.supported()) {
            log.debug("No automatic backup: this database is backed up with its own tools");
            return;
        }
        try {
            backups.daily();
        } catch (RuntimeException e) {
            log.error("The automatic daily backup failed; it runs again at its next scheduled time", e);
        }
    }
}
