package org.spasmcare.recovery;

import org.spasmcare.support.OnPostgres;

/** Five years of daily entries on PostgreSQL: the monthly trend in SQL and one page of entries. */
@OnPostgres
class PostgresLogPageScaleIT extends LogPageScaleIT {
}
