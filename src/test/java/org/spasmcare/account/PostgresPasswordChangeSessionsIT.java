package org.spasmcare.account;

import org.spasmcare.support.OnPostgres;

/** {@link PasswordChangeSessionsIT} with the postgres profile: sessions in Spring Session's JDBC store. */
@OnPostgres
class PostgresPasswordChangeSessionsIT extends PasswordChangeSessionsIT {
}
