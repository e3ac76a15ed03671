package org.spasmcare.content;

import org.spasmcare.support.OnPostgres;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/** V7 on PostgreSQL, on a database that staff used at schema V6 (see the H2 test it extends). */
@OnPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresClinicalRulesV2WordingMigrationIT extends ClinicalRulesV2WordingMigrationTest {
}
