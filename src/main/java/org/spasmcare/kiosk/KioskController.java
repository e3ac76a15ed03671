package org.spasmcare.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Start over: the next person at the kiosk gets a clean screen, with nothing of the last one's session. */
@Controller
@ConditionalOnBooleanProperty("spasmcare.kiosk.enabled")
class KioskController {

    static final String START_OVER = "/kiosk/start-over";

    @PostMapping(START_OVER)
    String startOver(HttpServletRequest request, HttpServletResponse response) {
        // signs out whoever was signed in and ends the session, with every answer and pending plan in it
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/?startedOver";
    }
}
