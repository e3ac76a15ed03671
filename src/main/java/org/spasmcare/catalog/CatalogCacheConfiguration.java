package org.spasmcare.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Turns on the cache behind {@link TreatmentCatalog}; Spring Boot supplies the cache manager. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogCacheConfiguration {
}
