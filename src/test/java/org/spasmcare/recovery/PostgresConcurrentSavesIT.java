package org.spasmcare.recovery;

import org.spasmcare.support.OnPostgres;

/**
 * The same simultaneous saves over HTTP on PostgreSQL, with sessions in the database: nothing lost, one
 * entry a day, the loser of two edits told and their text kept, never a 500.
 */
@OnPostgres
class PostgresConcurrentSavesIT extends ConcurrentSavesIT {
}
