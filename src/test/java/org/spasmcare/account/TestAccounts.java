package org.spasmcare.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For tests of any feature: real staff, admin and patient accounts with a known password, and three
 * ways to act as one.
 * <pre>
 * TestAccounts accounts = TestAccounts.in(applicationContext);   // any @SpringBootTest
 * SignedInAccount editor = accounts.staff();                     // unique username, password PASSWORD
 *
 * mvc.perform(get("/staff").with(TestAccounts.as(editor)))      // MockMvc, no sign-in form
 * MockHttpSession s = TestAccounts.signIn(mvc, editor.username(), TestAccounts.PASSWORD); // MockMvc, real form
 * HttpSession v = TestAccounts.signIn(runningApp, editor.username(), TestAccounts.PASSWORD); // real HTTP
 * </pre>
 * The accounts are real rows, so {@code @AuthenticationPrincipal SignedInAccount} works, the per-request
 * account check passes, and disabling one in a test behaves as in the app.
 *
 * <p>Patients have no second factor unless they chose one ({@code signIn} then types its code too).
 * Staff and admins need a second factor: the ones made here have {@link #TOTP_SECRET} set up, {@code as}
 * gives the request the factor authorities a full sign-in would, and both {@code signIn} helpers type the
 * code an authenticator app would show at the app's {@code Clock} (setting the secret up first for an
 * account that has none).
 */
public final class TestAccounts {

    /** The password of every account made here (keeps the policy). */
    public static final String PASSWORD = "quiet harbour lantern forty";

    /** The authenticator-app secret of every staff and admin account made here (Base32). */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private String passwordHash;

    private TestAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static TestAccounts in(ApplicationContext context) {
        return new TestAccounts(context.getBean(AccountRepository.class), context.getBean(PasswordEncoder.class),
                context.getBean(Clock.class));
    }

    /** A new enabled STAFF account with a unique name and {@link #PASSWORD}, no password change pending. */
    public SignedInAccount staff() {
        return create(unique("staff"), Role.STAFF, false);
    }

    /** A new enabled ADMIN account with a unique name and {@link #PASSWORD}, no password change pending. */
    public SignedInAccount admin() {
        return create(unique("admin"), Role.ADMIN, false);
    }

    /** A new PATIENT account with a unique name and {@link #PASSWORD}. */
    public SignedInAccount patient() {
        return create(unique("patient"), Role.PATIENT, false);
    }

    /** Any account; with {@code mustChangePassword} it is sent to /password until it changes {@link #PASSWORD}. */
    public SignedInAccount create(String username, Role role, boolean mustChangePassword) {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        Account account = new Account(Usernames.normalize(username), passwordHash, role, clock.instant());
        if (mustChangePassword) {
            account.setOneTimePassword(passwordHash);
        }
        if (role.isStaff()) {
            account.setTotpSecret(TOTP_SECRET);
        }
        return SignedInAccount.of(accounts.saveAndFlush(account));
    }

    /** MockMvc: the request is made as this account, without the sign-in form (and without a SIGN_IN audit line). */
    public static RequestPostProcessor as(SignedInAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (account.role().isStaff() || account.secondFactor()) {
            authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP_AUTHORITY));
        }
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, authorities));
    }

    /** MockMvc, web slices: a made-up member of staff (no row) who has done the second factor. */
    public static RequestPostProcessor staffWithSecondFactor(String username, Role role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()),
                FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP_AUTHORITY));
    }

    /** How much of a 30-second step must be left for {@link #nextOneTimeCode} to hand out a code at once. */
    static final Duration CODE_MARGIN = Duration.ofSeconds(3);

    /**
     * The code an authenticator app with the account's secret shows now, by the app's clock, and not used
     * yet by the account (each code works once). An account without a secret is given {@link #TOTP_SECRET}.
     * The app accepts the codes of one 30-second step either side, so three sign-ins of one account fit
     * in the same step. The code of the step before stops working as the next step begins: with less than
     * {@link #CODE_MARGIN} of this step left (a browser test types the code and submits a page), it first
     * waits for the next step, so the code is still good when the request reaches the app.
     */
    public static String nextOneTimeCode(ApplicationContext app, String username) {
        AccountRepository accounts = app.getBean(AccountRepository.class);
        Account account = accounts.findByUsername(Usernames.normalize(username)).orElseThrow();
        if (!account.hasTotp()) {
            account.setTotpSecret(TOTP_SECRET);
            accounts.saveAndFlush(account);
        }
        Clock clock = app.getBean(Clock.class);
        Duration intoStep = Duration.between(Instant.ofEpochSecond(
                OneTimeCodes.stepAt(clock.instant()) * OneTimeCodes.STEP.getSeconds()), clock.instant());
        Duration left = OneTimeCodes.STEP.minus(intoStep);
        if (left.compareTo(CODE_MARGIN) < 0) {
            try {
                Thread.sleep(left.plusMillis(50).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the next 30-second step", e);
            }
        }
        long now = OneTimeCodes.stepAt(clock.instant());
        Long last = account.getTotpLastStep();
        long step = last == null ? now - 1 : Math.max(now - 1, last + 1);
        if (step > now + 1) {
            throw new AssertionError(username + " signed in more than three times within one 30-second step");
        }
        return OneTimeCodes.codeAt(account.getTotpSecret(), Instant.ofEpochSecond(step * OneTimeCodes.STEP.getSeconds()));
    }

    /**
     * MockMvc: the request comes from an address no other request used. Every MockMvc request comes from
     * 127.0.0.1 otherwise, and the sign-in throttle counts failures per address across all the tests
     * sharing a context: use this on every sign-in (or password change) that is meant to fail.
     */
    public static RequestPostProcessor fromAnAddressOfItsOwn() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * MockMvc: signs in through the real form (throttle, success handler, SIGN_IN audit and all), from
     * an address of its own. Use the session with {@code .session(session)} on later requests.
     *
     * @throws AssertionError when the sign-in fails
     */
    public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(fromAnAddressOfItsOwn())
                .param("username", username).param("password", password)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            throw new AssertionError("sign-in of " + username + " failed: " + location);
        }
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (needsSecondFactor(session)) {
            ApplicationContext app = WebApplicationContextUtils.getRequiredWebApplicationContext(
                    result.getRequest().getServletContext());
            String afterCode = mvc.perform(post("/second-factor").with(csrf()).session(session)
                    .param("code", nextOneTimeCode(app, username))).andReturn().getResponse().getRedirectedUrl();
            if (afterCode == null || afterCode.contains("second-factor") || afterCode.contains("login")) {
                throw new AssertionError("second factor of " + username + " failed: " + afterCode);
            }
        }
        return session;
    }

    private static boolean needsSecondFactor(MockHttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && SecondFactor.isRequired(security.getAuthentication())
                && !SecondFactor.isDone(security.getAuthentication());
    }

    /**
     * Real HTTP against a {@link RunningApp}: opens the sign-in page, signs in, and returns the visitor
     * holding the signed-in session.
     *
     * @throws AssertionError when the sign-in fails
     */
    public static HttpSession signIn(RunningApp app, String username, String password) {
        HttpSession visitor = new HttpSession(app.baseUrl());
        HttpResponse<String> signedIn = visitor.signIn(username, password);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in of " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        AccountRepository accounts = app.applicationContext().getBean(AccountRepository.class);
        if (accounts.findByUsername(Usernames.normalize(username)).map(a -> a.getRole().isStaff() || a.hasTotp())
                .orElse(false)) {
            HttpResponse<String> coded = visitor.submit("/second-factor", "/second-factor",
                    Map.of("code", nextOneTimeCode(app.applicationContext(), username)));
            String next = coded.headers().firstValue("Location").orElse("");
            if (coded.statusCode() != 302 || next.contains("second-factor") || next.contains("login")) {
                throw new AssertionError("second factor of " + username + " failed: " + coded.statusCode() + " " + next);
            }
        }
        return visitor;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
