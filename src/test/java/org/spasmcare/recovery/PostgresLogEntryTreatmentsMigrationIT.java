package org.spasmcare.recovery;

import java.util.HashMap;
import java.util.Map;

import org.spasmcare.support.RequiresPostgres;
import org.spasmcare.support.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V10 on PostgreSQL (see the H2 test it extends): a database of its own on the test server, dropped after. */
@RequiresPostgres
class PostgresLogEntryTreatmentsMigrationIT extends LogEntryTreatmentsMigrationTest {

    private final Map<DriverManagerDataSource, TestPostgres.Database> databases = new HashMap<>();

    @Override
    protected DriverManagerDataSource freshDatabase() {
        TestPostgres.Database database = TestPostgres.createDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(),
                database.password());
        databases.put(dataSource, database);
        return dataSource;
    }

    @Override
    protected void dispose(DriverManagerDataSource dataSource) {
        databases.remove(dataSource).close();
    }
}
