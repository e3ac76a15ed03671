package org.spasmcare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a Spring test's app with the {@code postgres} profile on a fresh PostgreSQL database of its own
 * (created when the test context starts, dropped when it closes; {@link PostgresDatabaseCustomizerFactory}).
 * The database reaches the app through the variables the profile reads (SPASMCARE_DB_URL, _USER,
 * _PASSWORD). Put it on a subclass of an H2 test to run the same tests on PostgreSQL; a slice test with
 * {@code @AutoConfigureTestDatabase} also needs {@code @AutoConfigureTestDatabase(replace = NONE)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RequiresPostgres
@ActiveProfiles("postgres")
public @interface OnPostgres {
}
