package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.RequiresPostgres;
import org.spasmcare.support.TestPostgres;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store on PostgreSQL, with what the app's postgres profile adds: the same tests as on H2,
 * and two requests of one session adding the same attribute at once (two tabs, each leaving a flash
 * message) both succeed, the later one winning.
 */
@RequiresPostgres
class PostgresDatabaseSessionsIT extends DatabaseSessionsTest {

    private TestPostgres.Database database;

    @Override
    protected DataSource openDatabase() {
        database = TestPostgres.createDatabase();
        return new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(), database.user(),
                database.password());
    }

    @Override
    protected void customize(JdbcIndexedSessionRepository repository) {
        new DatabaseSessionConfiguration().upsertSessionAttributes().customize(repository);
    }

    @Override
    protected void closeDatabase() {
        database.close();
    }

    @Test
    void shouldLetTheLaterOfTwoRequestsWinWhenBothAddTheSameAttribute() {
        Session created = sessions.createSession();
        sessions.save(created);
        Session firstTab = sessions.findById(created.getId());
        Session secondTab = sessions.findById(created.getId());

        firstTab.setAttribute("flash", "saved in the first tab");
        secondTab.setAttribute("flash", "saved in the second tab");
        sessions.save(firstTab);
        sessions.save(secondTab); // a plain INSERT would break the primary key here

        assertThat((String) sessions.findById(created.getId()).getAttribute("flash")).isEqualTo("saved in the second tab");
    }
}
