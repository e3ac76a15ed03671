package org.spasmcare.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The forgotten-password page: a patient's username, recovery code and a new password. On success the person is
 * signed in, in a new session, and shown their new code ({@link PatientRecoveryCodeController}).
 */
@Controller
class ForgotPasswordController {

    static final String PATH = "/forgot-password";
    static final String VIEW = "account/forgot-password";
    static final String FORM = "recovery";

    private final PatientRecovery recovery;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    ForgotPasswordController(PatientRecovery recovery) {
        this.recovery = recovery;
    }

    @InitBinder(FORM)
    void allowOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "recoveryCode", "newPassword", "confirmPassword");
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute(FORM, new ForgotPasswordForm());
        return VIEW;
    }

    @PostMapping(PATH)
    String recover(@ModelAttribute(FORM) ForgotPasswordForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<PatientRecovery.Recovered> recovered = recovery.recover(form, result, request.getRemoteAddr());
        form.clearPasswords();
        if (recovered.isEmpty()) {
            return VIEW;
        }
        // a new session, signed in with the new password: every other session of the account ends
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        SignedInAccount account = recovered.get().account();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        PendingRecoveryCode.hold(request, recovered.get().newCode());
        return "redirect:" + PatientRecoveryCodeController.PATH + "?recovered";
    }
}
