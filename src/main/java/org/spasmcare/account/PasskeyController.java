package org.spasmcare.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff's passkeys ({@value #PAGE}), once fully signed in (the authorization rules hold it to
 * staff with a second step done): the list, removing one, and adding one. Adding is the browser's passkey
 * ceremony against Spring Security's addresses, run by the page's script.
 */
@Controller
class PasskeyController {

    static final String PAGE = SecondFactorFilter.PAGES + "/passkeys";
    static final String VIEW = "account/passkeys";

    private final Passkeys passkeys;

    PasskeyController(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) String added, Model model) {
        if (added != null && !model.containsAttribute("message")) {
            model.addAttribute("message", "passkeys.added");
        }
        model.addAttribute("passkeys", passkeys.of(me.username()));
        return VIEW;
    }

    @PostMapping(PAGE + "/{id}/remove")
    String remove(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", passkeys.remove(me.username(), id) ? "passkeys.removed" : "passkeys.notFound");
        return "redirect:" + PAGE;
    }
}
