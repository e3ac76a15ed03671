package org.spasmcare.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
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
 */
public final class TestAccounts {

    /** The password of every account made here (keeps the policy). */
    public static final String PASSWORD = "quiet harbour lantern forty";

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
        return SignedInAccount.of(accounts.saveAndFlush(account));
    }

    /** MockMvc: the request is made as this account, without the sign-in form (and without a SIGN_IN audit line). */
    public static RequestPostProcessor as(SignedInAccount account) {
        return user(account);
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
        return (MockHttpSession) result.getRequest().getSession(false);
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
        return visitor;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
