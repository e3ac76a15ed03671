package org.spasmcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** SpasmCare: self-guided back-spasm care that always points to a clinician when it matters. */
@SpringBootApplication
public class SpasmCareApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpasmCareApplication.class, args);
    }
}
