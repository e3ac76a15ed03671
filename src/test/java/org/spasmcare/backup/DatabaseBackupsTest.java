package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.backup.Backup.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** H2's online backup of a live file database, restored and read back; and a clear refusal elsewhere. */
class DatabaseBackupsTest {

    @TempDir
    Path root;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T02:30:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private DataSource h2(Path folder) {
        return new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("spasmcare") + ";WRITE_DELAY=0", "sa", "");
    }

    private DatabaseBackups backups(DataSource dataSource, int keep) {
        return new DatabaseBackups(dataSource, new BackupProperties(root.resolve("backups"), "-", keep), clock);
    }

    @Test
    void shouldCopyTheCommittedDataOfALiveDatabaseIntoAZipThatOpensAsTheSameDatabase() throws Exception {
        DataSource live = h2(root.resolve("data"));
        JdbcTemplate jdbc = new JdbcTemplate(live);
        jdbc.execute("create table note (id int primary key, text varchar(100))");
        jdbc.update("insert into note values (1, 'kept'), (2, 'also kept')");
        DatabaseBackups backups = backups(live, 14);

        Backup backup;
        // a connection that stays open, with a change not yet committed, as in a running app
        try (Connection busy = live.getConnection(); Statement statement = busy.createStatement()) {
            busy.setAutoCommit(false);
            statement.executeUpdate("insert into note values (3, 'not committed')");
            backup = backups.backUpNow();
            busy.rollback();
        }

        assertThat(backup.name()).isEqualTo("manual-20261122T023000Z.zip");
        assertThat(backup.kind()).isEqualTo(Kind.MANUAL);
        Path zip = backups.fileOf(backup);
        assertThat(zip).isRegularFile().hasParent(root.resolve("backups"));
        assertThat(backup.sizeBytes()).isEqualTo(Files.size(zip)).isPositive();
        assertThat(H2Files.storeSize(zip, "spasmcare")).isPresent();
        assertThat(backups.list()).containsExactly(backup);
        try (var leftovers = Files.list(root.resolve("backups"))) {
            assertThat(leftovers).as("no temporary file left").containsExactly(zip);
        }

        Path restored = Files.createDirectory(root.resolve("restored"));
        H2Files.restore(zip, new H2Files.Database(H2Files.H2, restored.resolve("spasmcare")));
        try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("spasmcare")
                + ";IFEXISTS=TRUE", "sa", "")) {
            JdbcTemplate fromCopy = new JdbcTemplate(new SingleConnectionDataSource(copy, true));
            assertThat(fromCopy.queryForList("select text from note order by id", String.class))
                    .containsExactly("kept", "also kept");
        }
    }

    @Test
    void shouldKeepOnlyTheNewestDailyBackupsAndNeverDeleteOnesTakenByHand() {
        DatabaseBackups backups = backups(h2(root.resolve("data")), 2);
        Backup manual = backups.backUpNow();
        for (int day = 1; day <= 4; day++) {
            now.set(now.get().plus(Duration.ofDays(1)));
            backups.daily();
        }

        assertThat(backups.list()).extracting(Backup::name).containsExactly(
                "daily-20261126T023000Z.zip", "daily-20261125T023000Z.zip", manual.name());
    }

    @Test
    void shouldRefuseOnPostgresqlAndSayToUsePgDump() throws SQLException {
        DataSource postgres = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(postgres.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn("PostgreSQL");
        DatabaseBackups backups = backups(postgres, 14);

        assertThat(backups.supported()).isFalse();
        assertThatThrownBy(backups::backUpNow)
                .isInstanceOf(BackupNotSupportedException.class)
                .hasMessageContaining("PostgreSQL")
                .hasMessageContaining("pg_dump");
        assertThat(root.resolve("backups")).doesNotExist();
    }

    @Test
    void shouldRefuseAnInMemoryDatabase() {
        DatabaseBackups backups = backups(new DriverManagerDataSource("jdbc:h2:mem:backups-test", "sa", ""), 14);

        assertThat(backups.supported()).isFalse();
        assertThatThrownBy(backups::backUpNow).isInstanceOf(BackupNotSupportedException.class)
                .hasMessageContaining("in-memory");
    }

    @Test
    void shouldSayWhyABackupFailedAndLeaveNoPartialFile() throws Exception {
        Files.writeString(root.resolve("backups"), "a file where the folder should be");
        DatabaseBackups backups = backups(h2(root.resolve("data")), 14);

        assertThatThrownBy(backups::backUpNow).isInstanceOf(BackupFailedException.class)
                .hasMessageContaining(root.resolve("backups").toString());
        assertThat(backups.supported()).isTrue();
    }
}
