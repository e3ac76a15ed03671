package org.spasmcare.backup;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Backups: the service, the automatic daily backup ({@link DailyBackup}), and the migration strategy
 * that backs up before a database upgrade and puts the copy back if the upgrade fails.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupConfiguration {

    @Bean
    DatabaseBackups databaseBackups(DataSource dataSource, BackupProperties properties, Clock clock) {
        return new DatabaseBackups(dataSource, properties, clock);
    }

    /** In the readiness group (application.yml) as "databaseWritable". */
    @Bean
    DatabaseWritableHealthIndicator databaseWritableHealthIndicator(DataSource dataSource) {
        return new DatabaseWritableHealthIndicator(dataSource);
    }

    @Bean
    FlywayMigrationStrategy backUpBeforeMigrating(DatabaseBackups backups, DataSource dataSource) {
        return new SafeMigrationStrategy(backups, dataSource);
    }
}
