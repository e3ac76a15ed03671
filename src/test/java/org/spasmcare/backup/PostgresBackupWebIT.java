package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * The backups page on PostgreSQL: the same access rules, and instead of a backup button the hint to use
 * pg_dump; taking a backup is refused, naming the database.
 */
@OnPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostgresBackupWebIT extends BackupWebTest {

    @Autowired
    private DatabaseBackups backups;

    @Test
    void shouldRefuseToBackUpPostgresqlItself() {
        assertThat(backups.supported()).isFalse();
        assertThatThrownBy(backups::backUpNow).isInstanceOfSatisfying(BackupNotSupportedException.class,
                refused -> assertThat(refused.product()).isEqualTo("PostgreSQL"));
    }
}
