package org.spasmcare.catalog;

import org.spasmcare.support.OnPostgres;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/** The same migrations, run on an empty PostgreSQL database, read back through JPA; the catalog's version. */
@OnPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresTreatmentRepositoryIT extends TreatmentRepositoryTest {
}
