package org.spasmcare.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password, for every role: from the My data page for patients, from the account links for
 * staff, and the only page an account that must change its password can open ({@link AccountStateFilter}).
 */
@Controller
class PasswordController {

    static final String PASSWORD_VIEW = "account/password";
    static final String FORM = "passwordChange";

    private final AccountService accountService;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PasswordController(AccountService accountService) {
        this.accountService = accountService;
    }

    @InitBinder(FORM)
    void allowOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
    }

    @GetMapping(AccountStateFilter.PASSWORD_PAGE)
    String form(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute(FORM, new PasswordChangeForm());
        return show(me, model);
    }

    @PostMapping(AccountStateFilter.PASSWORD_PAGE)
    String change(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute(FORM) PasswordChangeForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<SignedInAccount> changed = accountService.changePassword(me.id(), form, result, request.getRemoteAddr());
        form.clear();
        if (changed.isEmpty()) {
            return show(me, model);
        }
        request.changeSessionId(); // a new session id for the session that now holds the new password
        // this session carries the new password's hash, so it stays signed in while the others end
        // and keeps the factors it has proved (the password, a second factor): only the hash changed
        List<GrantedAuthority> authorities = new ArrayList<>(changed.get().getAuthorities());
        holder.getContext().getAuthentication().getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed.get(), null, authorities));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:" + me.role().startPage();
    }

    private String show(SignedInAccount me, Model model) {
        model.addAttribute("mustChange", accountService.mustChangePassword(me.id()));
        model.addAttribute("username", me.username());
        return PASSWORD_VIEW;
    }
}
