package org.spasmcare.account;

import org.spasmcare.support.OnPostgres;

/**
 * {@link PasskeysBrowserIT} with the postgres profile: the passkeys in PostgreSQL (V15's BYTEA columns
 * through Spring Security's JDBC repositories) and the sessions in Spring Session's JDBC store, as several
 * instances run.
 */
@OnPostgres
class PostgresPasskeysBrowserIT extends PasskeysBrowserIT {
}
