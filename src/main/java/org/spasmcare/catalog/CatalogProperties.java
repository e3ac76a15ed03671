package org.spasmcare.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog's cache.
 *
 * @param checkSeconds how long the cached catalog is served before the next read asks the database whether the
 *     treatments changed (through another app instance); 0 asks on every read
 */
@ConfigurationProperties("spasmcare.catalog")
record CatalogProperties(@DefaultValue("5") int checkSeconds) {

    CatalogProperties {
        if (checkSeconds < 0) {
            throw new IllegalArgumentException("spasmcare.catalog.check-seconds must be 0 or more, not " + checkSeconds);
        }
    }

    Duration checkEvery() {
        return Duration.ofSeconds(checkSeconds);
    }
}
