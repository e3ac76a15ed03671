package org.spasmcare.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page, registration, and the my-data page with account deletion. */
@Controller
class AccountController {

    static final String LOGIN_VIEW = "account/login";
    static final String REGISTER_VIEW = "account/register";
    static final String MY_DATA_VIEW = "account/my-data";
    static final String DELETE_VIEW = "account/delete";

    private final AccountService accountService;
    private final PatientRecovery patientRecovery;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private final StartPageAfterSignIn startPage;

    AccountController(AccountService accountService, ObjectProvider<WebInvocationPrivilegeEvaluator> access,
            PatientRecovery patientRecovery) {
        this.accountService = accountService;
        this.startPage = new StartPageAfterSignIn(access);
        this.patientRecovery = patientRecovery;
    }

    @InitBinder("registration")
    void allowOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "password", "confirmPassword");
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("continuing", requestCache.getRequest(request, response) != null);
        return LOGIN_VIEW;
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("registration", new RegistrationForm());
        return REGISTER_VIEW;
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        var account = accountService.registerPatient(form, result, request.getRemoteAddr());
        if (account.isEmpty()) {
            form.setPassword("");
            form.setConfirmPassword("");
            return REGISTER_VIEW;
        }
        Authentication signedIn = signIn(account.get(), request, response);
        // patient account recovery: the new account's code waits in the session, shown on the next pages until saved
        PendingRecoveryCode.hold(request, patientRecovery.makeCode(account.get().id()));
        // only a page a new patient may open (never a staff page they were sent to sign in for)
        SavedRequest saved = requestCache.getRequest(request, response);
        return "redirect:" + startPage.savedPageFor(saved, signedIn).orElse("/log?welcome");
    }

    @GetMapping("/account")
    String myData(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("account", accountService.find(me.id()).orElseThrow());
        return MY_DATA_VIEW;
    }

    @GetMapping("/account/delete")
    String confirmDelete() {
        return DELETE_VIEW;
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirmed, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication authentication,
            RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("notConfirmed", true);
            return DELETE_VIEW;
        }
        accountService.delete(me.id());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/?deleted";
    }

    /** Signs a newly registered person in, in a new session (no session fixation). */
    private Authentication signIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return context.getAuthentication();
    }
}
