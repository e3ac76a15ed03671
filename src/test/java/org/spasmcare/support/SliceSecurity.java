package org.spasmcare.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.management.MapPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.MapUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * For web slice tests, which run the real security rules without the database: an account store that
 * knows nobody, and passkey stores in memory that hold none. Tests that need a signed-in person use Spring
 * Security's test support.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceSecurity {

    @Bean
    UserDetailsService nobody() {
        return username -> {
            throw new UsernameNotFoundException("slice tests have no accounts");
        };
    }

    @Bean
    PublicKeyCredentialUserEntityRepository noPasskeyUsers() {
        return new MapPublicKeyCredentialUserEntityRepository();
    }

    @Bean
    UserCredentialRepository noPasskeys() {
        return new MapUserCredentialRepository();
    }
}
