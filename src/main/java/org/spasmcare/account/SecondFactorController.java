package org.spasmcare.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The second step of signing in ({@value SecondFactorFilter#PAGES}): a code from the authenticator app
 * or a recovery code; and, for an account without one yet, setting up the app (a QR code and the secret
 * as text, confirmed by a first code), after which the recovery codes are shown once. A session that
 * passes gets a factor authority ({@link SecondFactor}) and a new session id.
 */
@Controller
class SecondFactorController {

    static final String CODE_VIEW = "account/second-factor";
    static final String SETUP_VIEW = "account/second-factor-setup";
    static final String RECOVERY_CODES_VIEW = "account/recovery-codes";
    static final String SETUP = SecondFactorFilter.PAGES + "/setup";
    static final String CONTINUE = SecondFactorFilter.PAGES + "/continue";
    /** After this many wrong codes in one session it is signed out: the password (throttled) comes first again. */
    static final int MAX_WRONG_CODES = 5;
    static final String TOO_MANY_WRONG_CODES = SecurityConfiguration.LOGIN_PAGE + "?codes";

    private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";
    private static final String WRONG_CODES = SecondFactorController.class.getName() + ".wrong";

    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final MessageSource messages;
    private final StartPageAfterSignIn startPage;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SecondFactorController(SecondFactors secondFactors, Passkeys passkeys, MessageSource messages,
            ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.messages = messages;
        this.startPage = new StartPageAfterSignIn(access);
    }

    @GetMapping(SecondFactorFilter.PAGES)
    String codeForm(@AuthenticationPrincipal SignedInAccount me, Authentication authentication, Model model) {
        if (SecondFactor.isDone(authentication)) {
            return "redirect:" + me.role().startPage();
        }
        return secondFactors.isEnrolled(me.id()) ? codeView(me, model) : "redirect:" + SETUP;
    }

    /** The code form; it offers a passkey to an account that has one. */
    private String codeView(SignedInAccount me, Model model) {
        model.addAttribute("passkey", passkeys.hasAny(me.username()));
        model.addAttribute("patient", me.role() == Role.PATIENT);
        return CODE_VIEW;
    }

    @PostMapping(SecondFactorFilter.PAGES)
    String checkCode(@AuthenticationPrincipal SignedInAccount me, Authentication authentication,
            @RequestParam(name = "code", defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        if (SecondFactor.isDone(authentication)) {
            return "redirect:" + me.role().startPage();
        }
        SecondFactors.Outcome outcome = code.isBlank() ? SecondFactors.Outcome.WRONG : secondFactors.verify(me, code);
        if (outcome == SecondFactors.Outcome.WRONG) {
            if (tooManyWrongCodes(request)) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                return "redirect:" + TOO_MANY_WRONG_CODES;
            }
            model.addAttribute("problem", code.isBlank() ? "secondFactor.error.empty" : "secondFactor.error.wrong");
            return codeView(me, model);
        }
        Authentication elevated = elevate(authentication, outcome == SecondFactors.Outcome.RECOVERY_CODE
                ? SecondFactor.RECOVERY_CODE_AUTHORITY : SecondFactor.TOTP_AUTHORITY, request, response);
        startPage.onAuthenticationSuccess(request, response, elevated);
        return null; // answered: the redirect is written (a null view with the response in hand)
    }

    @GetMapping(SETUP)
    String setupForm(@AuthenticationPrincipal SignedInAccount me, Authentication authentication, Model model,
            HttpSession session, HttpServletResponse response) {
        if (secondFactors.isEnrolled(me.id())) {
            return "redirect:" + (SecondFactor.isDone(authentication) ? me.role().startPage() : SecondFactorFilter.PAGES);
        }
        return showSetup(me, pendingSecret(session), model, response);
    }

    @PostMapping(SETUP)
    String confirmSetup(@AuthenticationPrincipal SignedInAccount me, Authentication authentication,
            @RequestParam(name = "code", defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (secondFactors.isEnrolled(me.id())) {
            return "redirect:" + SecondFactorFilter.PAGES;
        }
        HttpSession session = request.getSession();
        String secret = pendingSecret(session);
        Optional<List<String>> recoveryCodes = code.isBlank() ? Optional.empty() : secondFactors.enrol(me, secret, code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("problem", code.isBlank() ? "secondFactor.error.empty" : "secondFactor.setup.error.wrong");
            return showSetup(me, secret, model, response);
        }
        session.removeAttribute(PENDING_SECRET);
        if (!SecondFactor.isDone(authentication)) {
            elevate(authentication, SecondFactor.TOTP_AUTHORITY, request, response);
        }
        noStore(response);
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        return RECOVERY_CODES_VIEW;
    }

    /**
     * After the recovery codes: on to where the sign-in was going. A patient set it up from the my-data page, by
     * choice, and goes back there.
     */
    @GetMapping(CONTINUE)
    String carryOn(@AuthenticationPrincipal SignedInAccount me, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (me != null && me.role() == Role.PATIENT) {
            return "redirect:" + PatientSecondFactorController.MY_DATA + "?secondFactorOn";
        }
        startPage.onAuthenticationSuccess(request, response, authentication);
        return null; // answered: the redirect is written
    }

    private String showSetup(SignedInAccount me, String secret, Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("patient", me.role() == Role.PATIENT);
        String label = messages.getMessage("secondFactor.setup.qr.label", null, LocaleContextHolder.getLocale());
        model.addAttribute("qrCode", AppLinkQrCode.svg(OneTimeCodes.appLink(me.username(), secret), label));
        model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
        return SETUP_VIEW;
    }

    private static String pendingSecret(HttpSession session) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = OneTimeCodes.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        return secret;
    }

    private static boolean tooManyWrongCodes(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Integer wrong = (Integer) session.getAttribute(WRONG_CODES);
        int now = wrong == null ? 1 : wrong + 1;
        session.setAttribute(WRONG_CODES, now);
        return now >= MAX_WRONG_CODES;
    }

    /** The session's sign-in, with the second factor's authority added, under a new session id. */
    private Authentication elevate(Authentication current, String factor, HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        UsernamePasswordAuthenticationToken elevated = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(), null, authorities);
        elevated.setDetails(current.getDetails());
        request.changeSessionId();
        request.getSession().removeAttribute(WRONG_CODES);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(elevated);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return elevated;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    }
}
