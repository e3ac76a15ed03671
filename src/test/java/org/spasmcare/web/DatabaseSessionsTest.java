package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.Role;
import org.spasmcare.account.SignedInAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's JDBC repository on the tables of our migration V6 (here on H2; the PostgreSQL
 * subclass runs the same on PostgreSQL): what one instance saves, another reads back whole, the
 * signed-in person, the CSRF token and a large attribute included; expired sessions are deleted with
 * their attributes.
 */
class DatabaseSessionsTest {

    private static final String CSRF_ATTRIBUTE =
            "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

    protected DataSource dataSource;
    /** Spring Session's repository, as the app configures it on this database. */
    protected JdbcIndexedSessionRepository repository;
    /** The same, typed by the public session interface (the repository's own session class is not public). */
    protected FindByIndexNameSessionRepository<Session> sessions;

    /** A fresh, empty database. */
    protected DataSource openDatabase() {
        return new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:sessions" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** What the app adds to Spring Session's repository on this database; nothing on H2. */
    protected void customize(JdbcIndexedSessionRepository repository) {
    }

    protected void closeDatabase() {
        new JdbcTemplate(dataSource).execute("SHUTDOWN");
    }

    @BeforeEach
    void migrateAndOpenTheSessionStore() {
        dataSource = openDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        repository = newRepository();
        customize(repository);
        sessions = typed(repository);
    }

    @AfterEach
    void close() {
        closeDatabase();
    }

    @Test
    void shouldReadBackASignedInSessionWholeAsAnotherInstanceWould() {
        SignedInAccount ann = new SignedInAccount(42, "ann", "{bcrypt}not-a-real-hash", Role.PATIENT, true, false);
        byte[] large = new byte[256 * 1024];
        new Random(7).nextBytes(large);
        Session session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(ann, null, ann.getAuthorities())));
        session.setAttribute(CSRF_ATTRIBUTE, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-token"));
        session.setAttribute("large", large);
        sessions.save(session);

        FindByIndexNameSessionRepository<Session> otherInstance = typed(newRepository());
        Session read = otherInstance.findById(session.getId());

        assertThat(read).isNotNull();
        SecurityContext context = read.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isEqualTo(ann);
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_PATIENT");
        assertThat(((CsrfToken) read.getAttribute(CSRF_ATTRIBUTE)).getToken()).isEqualTo("the-token");
        assertThat((byte[]) read.getAttribute("large")).isEqualTo(large);
        assertThat(otherInstance.findByPrincipalName("ann")).containsOnlyKeys(session.getId());
    }

    @Test
    void shouldDeleteExpiredSessionsWithTheirAttributes() {
        Session expired = sessions.createSession();
        expired.setAttribute("note", "old");
        expired.setMaxInactiveInterval(Duration.ofMinutes(30));
        expired.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
        sessions.save(expired);
        Session live = sessions.createSession();
        live.setAttribute("note", "new");
        sessions.save(live);

        repository.cleanUpExpiredSessions();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select session_id from spring_session", String.class))
                .containsExactly(live.getId());
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes", Integer.class)).isEqualTo(1);
        assertThat(sessions.findById(expired.getId())).isNull();
        assertThat(sessions.findById(live.getId()).getAttributeNames()).containsExactly("note");
    }

    private JdbcIndexedSessionRepository newRepository() {
        return new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @SuppressWarnings("unchecked")
    private static FindByIndexNameSessionRepository<Session> typed(JdbcIndexedSessionRepository repository) {
        return (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) repository;
    }
}
