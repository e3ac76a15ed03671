package org.spasmcare.content;

import org.spasmcare.support.OnPostgres;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * Staff content editing on PostgreSQL: drafts, review, publishing (patients see it at once), conflicting
 * saves, reverts and the audit trail. replace = NONE keeps the profile's PostgreSQL database instead of
 * the embedded one the H2 test asks for.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresStaffContentWebIT extends StaffContentWebTest {
}
