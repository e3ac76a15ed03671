package org.spasmcare.account;

import java.time.Clock;
import java.util.Map;

import org.spasmcare.account.internal.AccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Who may see what. Public pages stay public; a patient's log and data need a signed-in patient; the
 * staff area ({@code /staff/**}) needs staff or an admin (an admin is also staff), and {@code /admin/**}
 * an admin. Disabled accounts cannot sign in, and lose their sessions on their next request. CSRF
 * protection is Spring's default and stays on (only the stateless JSON API is exempt), and every
 * response carries headers that keep the pages self-contained.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** No inline script or style and no other host: kiosks may be offline, and it blunts injected markup. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String API = "/api/**";
    static final String KIOSK_START_OVER = "/kiosk/start-over";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    public static final String LOGIN_PAGE = "/login";
    static final String LOGIN_FAILED = LOGIN_PAGE + "?error";
    /** Staff and admins; {@code /staff} itself included. */
    public static final String STAFF_AREA = "/staff/**";
    /** Admins only. */
    public static final String ADMIN_AREA = "/admin/**";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ThrottledAuthenticationProvider signIn,
            ObjectProvider<AccountRepository> accounts, ObjectProvider<WebInvocationPrivilegeEvaluator> access,
            WebAuthnRelyingPartyOperations passkeyRelyingParty, UserDetailsService userDetails) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        // an anonymous person may ask to save a plan; it waits for them to sign in
                        .requestMatchers("/log/save-plan").permitAll()
                        // any account: a staff account that signs in to save one is told it keeps no log (no 403)
                        .requestMatchers("/log/save-pending").authenticated()
                        .requestMatchers("/log/**", "/account/**").hasRole(Role.PATIENT.name())
                        // --- second factor: staff pages need the role AND a second factor done ---
                        // a member of staff's passkeys: only once fully signed in
                        .requestMatchers(PasskeyController.PAGE, PasskeyController.PAGE + "/**").access(withSecondFactor(
                                AuthorityAuthorizationManager.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())))
                        .requestMatchers(SecondFactorFilter.PAGES, SecondFactorFilter.PAGES + "/**").authenticated()
                        .requestMatchers(STAFF_AREA).access(withSecondFactor(
                                AuthorityAuthorizationManager.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())))
                        .requestMatchers(ADMIN_AREA).access(withSecondFactor(
                                AuthorityAuthorizationManager.hasRole(Role.ADMIN.name())))
                        // --- end second factor ---
                        .requestMatchers(AccountStateFilter.PASSWORD_PAGE).authenticated()
                        .anyRequest().permitAll())
                .authenticationProvider(signIn)
                .addFilterBefore(new AccountStateFilter(accounts), AnonymousAuthenticationFilter.class)
                // second factor: same place, after the account check (kept in this order); a staff session
                // without it may open only the second-factor pages, and its one-time password waits for it
                .addFilterBefore(new SecondFactorFilter(), AnonymousAuthenticationFilter.class)
                // passkeys: only staff who have done their second step may add one
                .addFilterBefore(new PasskeySecondFactor.RegistrationGuard(), AnonymousAuthenticationFilter.class)
                // the relying party (who the app is to passkeys) is the passkeyRelyingParty bean below
                .webAuthn(webAuthn -> webAuthn
                        // our own pages: the second-factor page and the passkeys settings (PasskeyController)
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(passkeyAsSecondFactor(passkeyRelyingParty, userDetails)))
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .successHandler(new StartPageAfterSignIn(access))
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                // The JSON API keeps nothing and reads no session or cookie, so there is nothing to forge.
                // Start over on the kiosk must work even after the session (and its token) expired; forcing a
                // start-over on someone only clears their kiosk screen, so there is nothing to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers(API, KIOSK_START_OVER))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    // --- second factor ---------------------------------------------------------------------------
    /**
     * {@code rule}, and any one of the second factors' authorities ({@link SecondFactor#AUTHORITIES}).
     * Not Spring Security's AllRequiredFactorsAuthorizationManager: it needs every factor it lists, and
     * its decision type breaks the privilege evaluator the sign-in uses to pick the page to go back to.
     */
    static AuthorizationManager<RequestAuthorizationContext> withSecondFactor(
            AuthorizationManager<RequestAuthorizationContext> rule) {
        return AuthorizationManagers.allOf(rule,
                AuthorityAuthorizationManager.hasAnyAuthority(SecondFactor.AUTHORITIES.toArray(String[]::new)));
    }

    /**
     * Who the app is to passkeys, for every ceremony: Spring Security's {@code webAuthn} DSL takes this bean
     * instead of making its own, and the passkey second step uses the same one.
     */
    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PasskeySettings settings,
            PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
        return new Webauthn4JRelyingPartyOperations(users, credentials,
                PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build(),
                settings.allowedOrigins());
    }

    /**
     * Spring Security's passkey sign-in, made a second step: the passkey is checked as Spring Security does
     * (the same relying party as the {@code webAuthn} DSL's), and the session keeps its password sign-in with
     * the passkey's factor added ({@link PasskeySecondFactor}).
     */
    private static ObjectPostProcessor<WebAuthnAuthenticationFilter> passkeyAsSecondFactor(
            WebAuthnRelyingPartyOperations relyingParty, UserDetailsService userDetails) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationManager(PasskeySecondFactor.manager(
                        new ProviderManager(new WebAuthnAuthenticationProvider(relyingParty, userDetails))));
                filter.setAuthenticationSuccessHandler(PasskeySecondFactor.successHandler());
                return filter;
            }
        };
    }

    // the passkey stores are in PasskeyStores (the database), so web slices can put in-memory ones in their place
    // --- end second factor -----------------------------------------------------------------------

    @Bean
    ThrottledAuthenticationProvider throttledSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, attempts);
    }

    @Bean
    LoginAttempts loginAttempts(ObjectProvider<ThrottleCounts> counts, Clock clock) {
        return new LoginAttempts(counts, clock);
    }

    /**
     * bcrypt, stored with its {@code {bcrypt}} prefix so another format can be added beside it one day.
     * Every stored hash is bcrypt; a password over 72 bytes never matches one.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new SeventyTwoBytesOfBcrypt()));
    }
}
