package org.spasmcare.kiosk;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows whether it is on the kiosk: the layout adds Start over, the idle timer and touch styles. */
@ControllerAdvice
class KioskModelAdvice {

    private final KioskProperties kiosk;

    KioskModelAdvice(KioskProperties kiosk) {
        this.kiosk = kiosk;
    }

    @ModelAttribute
    void kiosk(Model model) {
        model.addAttribute("kiosk", kiosk);
    }
}
