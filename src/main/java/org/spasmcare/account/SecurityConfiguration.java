package org.spasmcare.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. Public pages stay public; a patient's log and data need a signed-in patient, and
 * the admin pages (backups) an admin.
 * CSRF protection is Spring's default and stays on (only the stateless JSON API is exempt), and every
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
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    public static final String LOGIN_PAGE = "/login";
    static final String LOGIN_FAILED = LOGIN_PAGE + "?error";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ThrottledAuthenticationProvider signIn) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        // an anonymous person may ask to save a plan; it waits for them to sign in
                        .requestMatchers("/log/save-plan").permitAll()
                        .requestMatchers("/log/**", "/account/**").hasRole(Role.PATIENT.name())
                        .requestMatchers("/staff/**").hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll())
                .authenticationProvider(signIn)
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/log")
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                // The JSON API keeps nothing and reads no session or cookie, so there is nothing to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers(API))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    ThrottledAuthenticationProvider throttledSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, attempts);
    }

    @Bean
    LoginAttempts loginAttempts(Clock clock) {
        return new LoginAttempts(clock);
    }

    /** bcrypt today, and able to read any older format if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
