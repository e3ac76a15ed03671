package org.spasmcare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for full-stack tests: the whole app on a random port over real HTTP, on its embedded H2 file
 * database in a fresh folder. Every subclass shares one running app (one Spring test context). The app's
 * today is {@link TestClock#TODAY}, whatever the real date: use that constant for dates, never LocalDate.now().
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({BrokenPageForTests.class, TestClock.Config.class})
public abstract class RunningApp {

    private static final Path DATA_DIR = freshDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext applicationContext;

    @DynamicPropertySource
    static void useAFreshFileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spasmcare.data-dir", DATA_DIR::toString);
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }

    /** The running app's beans, for helpers that act as one of its people (its Clock, its accounts). */
    public ApplicationContext applicationContext() {
        return applicationContext;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A new visitor of the app, without cookies: the one HTTP client of the tests. */
    protected HttpSession visitor() {
        return new HttpSession(baseUrl());
    }

    /** A GET as a browser sends it (asking for HTML), by a new visitor. */
    protected HttpResponse<String> browse(String path) {
        return visitor().get(path);
    }

    /** A GET by a new visitor, asking for the given media type. */
    protected HttpResponse<String> get(String path, String accept) {
        return visitor().get(path, accept);
    }

    /** A request as built (to {@link #baseUrl()}), sent by a new visitor. */
    public HttpResponse<String> send(HttpRequest request) {
        return visitor().send(request);
    }

    private static Path freshDataDir() {
        try {
            return Files.createTempDirectory("spasmcare-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
