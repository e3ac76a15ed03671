package org.spasmcare.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String HOME_VIEW = "home";

    @GetMapping("/")
    String home() {
        return HOME_VIEW;
    }
}
