package org.spasmcare.web;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * When Tomcat reads forwarded headers ({@code server.forward-headers-strategy: native}, the postgres
 * profile), it believes them only from {@link TrustedProxies}, not from every private address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxies.class)
class TrustedProxiesConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> onlyTrustedProxies(TrustedProxies proxies) {
        return new OnlyTrustedProxies(proxies.pattern());
    }

    /** Runs after Spring Boot's own customizer, which adds the RemoteIpValve. */
    record OnlyTrustedProxies(String pattern) implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
            Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            if (factory instanceof TomcatWebServerFactory tomcat) {
                tomcat.getEngineValves().stream()
                        .filter(RemoteIpValve.class::isInstance)
                        .map(RemoteIpValve.class::cast)
                        .forEach(valve -> valve.setInternalProxies(pattern));
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
