package org.spasmcare;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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

    public static void main(String[] args) {
        SpringApplication.run(SpasmCareApplication.class, args);
    }
}
