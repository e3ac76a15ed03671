package org.spasmcare.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * "Today" for tests that run the app in this JVM, whatever the real date and time of day: the app takes
 * today from its {@link Clock} bean, and {@link Config} puts this one in its place. Use {@link #TODAY} wherever such a test
 * needs a date, never {@code LocalDate.now()}.
 *
 * <p>The day is the middle of a month, so that dates a few days or months around it, and spans of whole
 * years ending on it, do not meet the end of a month by chance. The clock reads {@link #START} when the app
 * starts and then runs on at the normal speed, in UTC: for any run shorter than 12 hours it is {@link #TODAY}
 * the whole time. It is not stopped because the app orders things by the instant they happened (episodes
 * by when they were started, backups taken in one second, the sign-in throttle's window).
 */
public final class TestClock {

    /** The instant the app's clock shows when the app starts: noon UTC on {@link #TODAY}. */
    public static final Instant START = Instant.parse("2026-11-15T12:00:00Z");

    /** The app's today in every test that imports {@link Config} (all {@link RunningApp} tests do). */
    public static final LocalDate TODAY = LocalDate.ofInstant(START, ZoneOffset.UTC);

    private TestClock() {
    }

    /** A clock that shows {@link #START} now and runs on from there. */
    public static Clock startingNow() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
    }

    /** The app's Clock bean replaced by {@link #startingNow()}; the primary one, so it is the one injected. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        Clock testClock() {
            return startingNow();
        }
    }
}
