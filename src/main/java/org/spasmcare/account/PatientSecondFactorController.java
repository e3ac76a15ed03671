package org.spasmcare.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A patient's own choice of a second sign-in step, from the my-data page ({@value #MY_DATA}): setting it up is the
 * staff's set-up page ({@link SecondFactorController}, linked from there); turning it off is here, after the
 * current password. Under {@code /account/}, so for signed-in patients only.
 */
@Controller
class PatientSecondFactorController {

    static final String MY_DATA = "/account";
    static final String TURN_OFF = MY_DATA + "/second-factor/off";

    private final SecondFactors secondFactors;
    private final AccountService accountService;

    PatientSecondFactorController(SecondFactors secondFactors, AccountService accountService) {
        this.secondFactors = secondFactors;
        this.accountService = accountService;
    }

    @PostMapping(TURN_OFF)
    String turnOff(@AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
            HttpServletRequest request, Model model) {
        if (!secondFactors.turnOffForPatient(me, currentPassword, request.getRemoteAddr())) {
            model.addAttribute("secondFactorError", "password.error.current");
            model.addAttribute("account", accountService.find(me.id()).orElseThrow());
            return AccountController.MY_DATA_VIEW;
        }
        return "redirect:" + MY_DATA + "?secondFactorOff";
    }
}
