package org.spasmcare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs the PostgreSQL test server. It runs wherever the server is configured;
 * elsewhere the class is skipped with one clear line, unless {@code SPASMCARE_POSTGRES_TESTS=required}
 * (CI sets it), where it fails instead. Tests that start the app themselves use {@link TestPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
