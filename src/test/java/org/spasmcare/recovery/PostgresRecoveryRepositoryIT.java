package org.spasmcare.recovery;

import org.spasmcare.support.OnPostgres;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * The log's queries on PostgreSQL: scoping, the one-entry-a-day constraint, and the trend aggregates
 * (Hibernate's extract(epoch ...) and floor, and the medicine counts that join the treatment rows) give the
 * same answers as on H2.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresRecoveryRepositoryIT extends RecoveryRepositoryTest {
}
