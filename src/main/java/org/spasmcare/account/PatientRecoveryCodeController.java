package org.spasmcare.account;

import java.util.HashMap;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A patient's recovery code: the printable page of a new code, "I have saved my code", and making a new
 * code from the My data page. Under {@code /account/}, so for signed-in patients only.
 */
@Controller
class PatientRecoveryCodeController {

    static final String PATH = "/account/recovery-code";
    static final String VIEW = "account/recovery-code";

    /** Where "I have saved my code" may return to: a page of this app, without a query. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/[A-Za-z0-9/_-]*");

    private final PatientRecovery recovery;
    private final AccountService accountService;

    PatientRecoveryCodeController(PatientRecovery recovery, AccountService accountService) {
        this.recovery = recovery;
        this.accountService = accountService;
    }

    /** The new code, to print or write down; with none waiting, the My data page. */
    @GetMapping(PATH)
    String show(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model) {
        if (PendingRecoveryCode.of(request) == null) {
            return "redirect:/account";
        }
        model.addAttribute("username", me.username());
        return VIEW;
    }

    @PostMapping(PATH + "/saved")
    String saved(@RequestParam(name = "next", defaultValue = "/log") String next, HttpServletRequest request) {
        PendingRecoveryCode.forget(request);
        boolean local = LOCAL_PAGE.matcher(next).matches() && !next.startsWith("//") && !next.startsWith(PATH);
        return "redirect:" + (local ? next : "/log");
    }

    /** A new code from the My data page; the current password first. */
    @PostMapping(PATH)
    String make(@AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
            HttpServletRequest request, Model model) {
        Errors errors = new MapBindingResult(new HashMap<>(), "recoveryCodeRequest");
        Optional<String> code = recovery.makeCode(me.id(), currentPassword, errors, request.getRemoteAddr());
        if (code.isEmpty()) {
            model.addAttribute("recoveryCodeError", errors.getAllErrors().get(0).getCode());
            model.addAttribute("account", accountService.find(me.id()).orElseThrow());
            return AccountController.MY_DATA_VIEW;
        }
        PendingRecoveryCode.hold(request, code.get());
        return "redirect:" + PATH;
    }
}
