package org.spasmcare.support;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each Spring test context of an {@link OnPostgres} test a fresh PostgreSQL database: created
 * when the context starts, its address put where the postgres profile reads it, dropped when the
 * context closes (after the connection pool, which closes first). Registered in META-INF/spring.factories.
 */
public class PostgresDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean onPostgres = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(OnPostgres.class);
        return onPostgres ? new FreshDatabase() : null;
    }

    /** Equal to every other: contexts that differ only in it are still one context, on one database. */
    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres.Database database = TestPostgres.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test PostgreSQL database",
                    Map.of("SPASMCARE_DB_URL", database.url(), "SPASMCARE_DB_USER", database.user(),
                            "SPASMCARE_DB_PASSWORD", database.password())));
            // registered before every bean of the app, so destroyed after all of them, the DataSource included
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean(
                    "testPostgresDatabase", database::close);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
