package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.SpasmCareApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default keeps its data: stop the app, start it on the same folder, and it is all there. */
class FileDatabaseRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDataAcrossARestartAndNotMigrateTwice() {
        int migrationsAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            migrationsAfterFirstStart = appliedMigrations(jdbc);
            assertThat(migrationsAfterFirstStart).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from treatment", Integer.class)).isEqualTo(7);
            jdbc.update("update treatment set summary = 'Kept across restarts' where code = 'MASSAGE'");
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select summary from treatment where code = 'MASSAGE'", String.class))
                    .isEqualTo("Kept across restarts");
            assertThat(jdbc.queryForObject("select count(*) from treatment", Integer.class)).isEqualTo(7);
            assertThat(appliedMigrations(jdbc)).isEqualTo(migrationsAfterFirstStart);
        }
    }

    private static int appliedMigrations(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SpasmCareApplication.class)
                .run("--server.port=0", "--spasmcare.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }
}
