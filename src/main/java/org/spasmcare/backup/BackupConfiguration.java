package org.spasmcare.backup;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Backups: the service and the automatic daily backup ({@link DailyBackup}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(BackupProperties.class)
class BackupConfiguration {

    @Bean
    DatabaseBackups databaseBackups(DataSource dataSource, BackupProperties properties, Clock clock) {
        return new DatabaseBackups(dataSource, properties, clock);
    }
}
