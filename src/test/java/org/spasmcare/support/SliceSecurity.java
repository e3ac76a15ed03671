package org.spasmcare.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * For web slice tests, which run the real security rules without the database: an account store that
 * knows nobody. Tests that need a signed-in person use Spring Security's test support.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceSecurity {

    @Bean
    UserDetailsService nobody() {
        return username -> {
            throw new UsernameNotFoundException("slice tests have no accounts");
        };
    }
}
