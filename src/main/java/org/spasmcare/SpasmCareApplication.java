package org.spasmcare;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** SpasmCare: self-guided back-spasm care that always points to a clinician when it matters. */
@SpringBootApplication
public class SpasmCareApplication {

    /** The one source of "today", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        SpringApplication.run(SpasmCareApplication.class, args);
    }
}
