package org.spasmcare.recovery;

import jakarta.validation.Valid;

import org.spasmcare.account.SignedInAccount;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Episodes: starting a log by hand, the list of episodes, and choosing which one is current. */
@Controller
@RequestMapping("/log")
class EpisodeController {

    static final String START_VIEW = "recovery/start";
    static final String EPISODES_VIEW = "recovery/episodes";
    static final String START = "start";

    private final RecoveryLog log;
    private final LogPage page;

    EpisodeController(RecoveryLog log, LogPage page) {
        this.log = log;
        this.page = page;
    }

    @InitBinder(START)
    void allowOnlyStartFields(WebDataBinder binder) {
        binder.setAllowedFields("onsetDate");
    }

    @ModelAttribute
    void choices(Model model) {
        page.addChoices(model);
    }

    @GetMapping("/start")
    String startForm(Model model) {
        model.addAttribute(START, new StartForm());
        return START_VIEW;
    }

    @PostMapping("/start")
    String start(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute(START) StartForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return START_VIEW;
        }
        log.startByHand(me.id(), form.getOnsetDate());
        redirect.addFlashAttribute("message", "log.message.started");
        return "redirect:/log";
    }

    @GetMapping("/episodes")
    String episodes(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("episodes", log.episodes(me.id()));
        return EPISODES_VIEW;
    }

    @PostMapping("/episodes/{id}/current")
    String makeCurrent(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
        if (!log.makeCurrent(me.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/log";
    }
}
