package org.spasmcare.account;

import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.PlatformTransactionManager;

/** Where passkeys are kept: Spring Security's JDBC stores on the app's database (V15), shared by every instance. */
@Configuration(proxyBeanMethods = false)
class PasskeyStores {

    /** Passkeys' WebAuthn user entities, in the database (V15) so every instance knows them. */
    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    /** The passkeys themselves (public keys, counters, labels), in the database (V15); each one added is audited. */
    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
            ObjectProvider<AuditTrail> audit, ObjectProvider<PlatformTransactionManager> transactions) {
        return new AuditedPasskeyCredentials(new JdbcUserCredentialRepository(jdbc), users, audit, transactions);
    }
}
