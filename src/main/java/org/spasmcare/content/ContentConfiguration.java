package org.spasmcare.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** The review settings, and {@code @Retryable} for {@link ContentEditing}'s retries of lost races. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
@EnableResilientMethods
class ContentConfiguration {
}
