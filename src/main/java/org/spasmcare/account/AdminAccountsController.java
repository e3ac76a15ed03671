package org.spasmcare.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's page of staff and admin accounts ({@code /admin/accounts}, admins only): create, disable,
 * enable, reset a password. A one-time password is shown once, on the page that answers the POST that
 * chose it; it is kept nowhere (not in the session) and the page is never cached.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

    static final String LIST_VIEW = "account/staff-list";
    static final String PASSWORD_VIEW = "account/staff-password";
    static final String FORM = "newStaff";

    private final StaffAccounts staff;
    private final SecondFactors secondFactors;

    AdminAccountsController(StaffAccounts staff, SecondFactors secondFactors) {
        this.staff = staff;
        this.secondFactors = secondFactors;
    }

    @InitBinder(FORM)
    void allowOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "role");
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute(FORM, new NewStaffForm());
        return showList(me, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute(FORM) NewStaffForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        var created = staff.create(me, form, result);
        if (created.isEmpty()) {
            return showList(me, model);
        }
        return showOnce(created.get(), true, model, response);
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            String username = staff.disable(me, id);
            return backToList(redirect, "message", "staff.disabled", username);
        } catch (StaffAccounts.Refused refused) {
            return backToList(redirect, "problem", refused.messageKey, null);
        }
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        return backToList(redirect, "message", "staff.enabled", staff.enable(me, id));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return showOnce(staff.resetPassword(me, id), false, model, response);
        } catch (StaffAccounts.Refused refused) {
            return backToList(redirect, "problem", refused.messageKey, null);
        }
    }

    // --- second factor ---------------------------------------------------------------------------
    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
            RedirectAttributes redirect) {
        try {
            return backToList(redirect, "message", "staff.secondFactorReset", staff.resetSecondFactor(me, id, secondFactors));
        } catch (StaffAccounts.Refused refused) {
            return backToList(redirect, "problem", refused.messageKey, null);
        }
    }
    // --- end second factor -----------------------------------------------------------------------

    private String showList(SignedInAccount me, Model model) {
        model.addAttribute("accounts", staff.list());
        model.addAttribute("myId", me.id());
        return LIST_VIEW;
    }

    private static String showOnce(StaffAccounts.OneTimePassword password, boolean created, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        model.addAttribute("oneTime", password);
        model.addAttribute("created", created);
        return PASSWORD_VIEW;
    }

    private static String backToList(RedirectAttributes redirect, String kind, String messageKey, String username) {
        redirect.addFlashAttribute(kind, messageKey);
        redirect.addFlashAttribute("messageUsername", username);
        return "redirect:/admin/accounts";
    }
}
