package org.spasmcare.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The review settings. ({@code @Retryable}, for ContentEditing's retries, is on for the whole app.) */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
class ContentConfiguration {
}
