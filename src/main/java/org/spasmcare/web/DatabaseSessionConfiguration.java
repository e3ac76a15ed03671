package org.spasmcare.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in PostgreSQL (profile {@code postgres}; Spring Boot's Spring Session JDBC
 * auto-configuration does the rest, on the tables of migration V6). Without the profile, sessions stay in
 * the app's memory (see application.yml).
 *
 * <p>Two requests of one session at the same moment (two tabs saving, each leaving a flash message)
 * can both add the same new attribute. Spring Session inserts a new attribute's row, so the second
 * insert would break the primary key and answer 500; with PostgreSQL's {@code ON CONFLICT} the later
 * write simply wins, as it does for a session kept in memory.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class DatabaseSessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
