package org.spasmcare;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/** SpasmCare: self-guided back-spasm care that always points to a clinician when it matters. */
@SpringBootApplication
public class SpasmCareApplication {

    /** The one source of "today", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Bean Validation's "today" (@PastOrPresent, the form's date rules) is the same clock's. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    public static void main(String[] args) {
        SpringApplication.run(SpasmCareApplication.class, args);
    }
}
