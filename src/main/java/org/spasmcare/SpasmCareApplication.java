package org.spasmcare;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** SpasmCare: self-guided back-spasm care that always points to a clinician when it matters. */
@SpringBootApplication
@ConfigurationPropertiesScan // every @ConfigurationProperties record of every module, without a list to keep
@EnableResilientMethods // @Retryable: services try a lost race once more, each time in a fresh transaction
public class SpasmCareApplication {

    /** The one source of "today", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Bean Validation's today (@PastOrPresent and our own date constraints) is the app's, so tests fix it too. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    /** Start-up steps kept for {@code /actuator/startup} in the bench profile: enough for a whole start. */
    static final int STARTUP_STEPS = 20_000;

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SpasmCareApplication.class);
        if (benchProfileRequested(args, System.getenv(), System.getProperties())) {
            // Records every start-up step (bean instantiation, Flyway, Hibernate...) for /actuator/startup.
            // Only in the bench profile: a normal start keeps Spring's no-op recorder and pays nothing.
            application.setApplicationStartup(new BufferingApplicationStartup(STARTUP_STEPS));
        }
        application.run(args);
    }

    /**
     * Whether the "bench" profile is asked for, before the environment exists: on the command line
     * ({@code --spring.profiles.active=...}), as a system property or as SPRING_PROFILES_ACTIVE. A plain
     * string check, so a normal start stays as fast as before.
     */
    static boolean benchProfileRequested(String[] args, Map<String, String> env, Map<?, ?> systemProperties) {
        String prefix = "--spring.profiles.active=";
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix))
                        .anyMatch(arg -> namesBench(arg.substring(prefix.length())))
                || namesBench(systemProperties.get("spring.profiles.active"))
                || namesBench(env.get("SPRING_PROFILES_ACTIVE"));
    }

    private static boolean namesBench(Object profiles) {
        return profiles instanceof String names
                && Arrays.stream(names.split(",")).map(String::trim).anyMatch("bench"::equals);
    }
}
