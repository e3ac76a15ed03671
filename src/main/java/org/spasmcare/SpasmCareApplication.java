package org.spasmcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;

/** SpasmCare: self-guided back-spasm care that always points to a clinician when it matters. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
public class SpasmCareApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpasmCareApplication.class, args);
    }
}
