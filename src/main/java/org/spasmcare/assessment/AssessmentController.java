package org.spasmcare.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.SafetyFactor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.spasmcare.web.SpasmCareProperties;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The stepped assessment: red flags (one yes-or-no question at a time, most serious first), then the pain,
 * then safety facts, then the plan. Each step and question posts every answer, so Back and Next never lose
 * one and nothing is kept on the server.
 */
@Controller
@RequestMapping("/assessment")
class AssessmentController {

    static final String STEP_VIEW = "assessment/step";
    static final String PLAN_VIEW = "assessment/plan";
    static final String RED_FLAG_VIEW = "assessment/red-flags";
    static final String FORM = "form";
    static final String BACK = "back";
    static final String EDIT = "edit";
    static final String YES = "yes";
    static final String NO = "no";

    /** Which step asks each question, so an error takes the person to the right step. */
    private static final Map<String, Integer> STEP_OF_FIELD = Map.ofEntries(
            Map.entry("redFlags", 1), Map.entry("noRedFlags", 1), Map.entry("fallOrKnock", 1),
            Map.entry("agoAmount", 2), Map.entry("agoUnit", 2), Map.entry("onsetDate", 2),
            Map.entry("painScore", 2), Map.entry("flareUp", 2),
            Map.entry("age", 3), Map.entry("ageNotGiven", 3), Map.entry("inflammatoryPattern", 3),
            Map.entry("pregnancy", 3), Map.entry("safetyFactors", 3));

    private final SmartValidator validator;
    private final CarePlans carePlans;
    private final Clock clock;
    private final SpasmCareProperties properties;

    AssessmentController(SmartValidator validator, CarePlans carePlans, Clock clock,
            SpasmCareProperties properties) {
        this.validator = validator;
        this.carePlans = carePlans;
        this.clock = clock;
        this.properties = properties;
    }

    @InitBinder(FORM)
    void allowOnlyTheFormsFields(WebDataBinder binder) {
        String[] allowed = STEP_OF_FIELD.keySet().toArray(new String[STEP_OF_FIELD.size() + 3]);
        allowed[STEP_OF_FIELD.size()] = "step";
        allowed[STEP_OF_FIELD.size() + 1] = "question";
        allowed[STEP_OF_FIELD.size() + 2] = "answered";
        binder.setAllowedFields(allowed);
        AnswerText.readStrictly(binder);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("steps", AssessmentForm.STEPS);
        model.addAttribute("questionCount", RedFlagQuestion.ALL.size());
        model.addAttribute("reportableSafetyFactors", SafetyFactor.reportable());
        model.addAttribute("pregnancyAnswers", List.of(AssessmentForm.PREGNANT_YES,
                AssessmentForm.PREGNANT_NO, AssessmentForm.PREGNANT_UNSURE));
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping
    String start(Model model) {
        AssessmentForm form = new AssessmentForm();
        model.addAttribute(FORM, form);
        return stepView(form, model);
    }

    @PostMapping
    String answer(@ModelAttribute(FORM) AssessmentForm form, BindingResult result,
            @RequestParam(name = "action", defaultValue = "next") String action, Model model) {
        if (BACK.equals(action)) {
            if (form.getStep() == 1) {
                form.setQuestion(form.getQuestion() - 1);
            } else if (form.getStep() == 2) {
                // back from the pain to the last red-flag question, every one of them answered
                form.setQuestion(RedFlagQuestion.ALL.size());
                form.setAnswered(RedFlagQuestion.ALL.size());
            }
            form.setStep(form.getStep() - 1);
            return freshStep(form, result, model);
        }
        if (EDIT.equals(action)) {
            // from the plan or the red-flag page: back to the first question, every answer kept and shown
            form.setStep(1);
            form.setQuestion(1);
            form.setAnswered(questionsAnswered(form));
            return freshStep(form, result, model);
        }
        int step = form.getStep();
        if (step == 1) {
            return answerRedFlagQuestion(form, result, action, model);
        }
        check(step, form, result);
        if (hasErrorsOn(step, result)) {
            return stepView(form, model);
        }
        if (step < AssessmentForm.STEPS) {
            form.setStep(step + 1);
            return freshStep(form, result, model);
        }
        // The last step checks every answer again: hidden fields can be changed on the way.
        return plan(form, result, model);
    }

    /**
     * One red-flag question answered yes or no. A yes to a sign that sends the person to an emergency or a
     * doctor today ends the check at once: every sign asked before it was answered no, and nothing later can
     * lower where they must go. After the last question, "no" to all of them is the API's "no red flags".
     */
    private String answerRedFlagQuestion(AssessmentForm form, BindingResult result, String action, Model model) {
        if (result.hasFieldErrors("redFlags")) {
            return stepView(form, model); // a changed hidden answer: only signs from the list are taken
        }
        if (!YES.equals(action) && !NO.equals(action)) {
            result.rejectValue("redFlags", "assessment.error.question.required");
            return stepView(form, model);
        }
        RedFlagQuestion question = RedFlagQuestion.number(form.getQuestion());
        boolean yes = YES.equals(action);
        question.record(form, yes);
        form.setAnswered(Math.max(form.getAnswered(), form.getQuestion()));
        if (yes && question.endsTheCheck()) {
            return redFlagPage(form, model);
        }
        if (form.getQuestion() < RedFlagQuestion.ALL.size()) {
            form.setQuestion(form.getQuestion() + 1);
            return freshStep(form, result, model);
        }
        form.setNoRedFlags(form.getRedFlags().isEmpty() && !form.isFallOrKnock());
        check(1, form, result);
        if (hasErrorsOn(1, result)) {
            return stepView(form, model);
        }
        if (CarePlanner.dispositionOf(form.getRedFlags()).withholdsSelfCare()) {
            return redFlagPage(form, model); // a yes kept from before the answers were changed, and not taken back
        }
        form.setStep(2);
        return freshStep(form, result, model);
    }

    /** Red flags win, and nothing later can lower them: say where to go now, not after two more steps. */
    private String redFlagPage(AssessmentForm form, Model model) {
        return redFlagPage(CarePlanner.dispositionOf(form.getRedFlags()), form, model);
    }

    /**
     * How many red-flag questions answers from outside the form (the plan, a link) have answered: up to the
     * first sign that ended the check, else all of them once any answer is given.
     */
    private static int questionsAnswered(AssessmentForm form) {
        for (int number = 1; number <= RedFlagQuestion.ALL.size(); number++) {
            RedFlagQuestion question = RedFlagQuestion.number(number);
            if (question.endsTheCheck() && question.isAnsweredYes(form)) {
                return number;
            }
        }
        boolean answered = form.isNoRedFlags() || form.isFallOrKnock() || !form.getRedFlags().isEmpty();
        return answered ? RedFlagQuestion.ALL.size() : 0;
    }

    /**
     * A take-home link (the kiosk's QR code) opened on a phone: the same answers give the same plan. A
     * link that was cut short or changed shows the step to fix, with the answers it did carry.
     */
    @GetMapping("/plan")
    String planFromLink(@ModelAttribute(FORM) AssessmentForm form, BindingResult result, Model model) {
        // red flags win even over a link that lost its other answers
        Disposition byRedFlags = CarePlanner.dispositionOf(form.getRedFlags());
        if (!result.hasFieldErrors("redFlags") && byRedFlags.withholdsSelfCare()) {
            return redFlagPage(form, model);
        }
        for (int step = 1; step <= AssessmentForm.STEPS; step++) {
            check(step, form, result);
            if (hasErrorsOn(step, result)) {
                form.setStep(step); // the first step to fix, with the answers the link did carry
                return stepView(form, model);
            }
        }
        return plan(form, result, model);
    }

    /** Every step checked in order (the last one already): the first with an error is shown, else the plan. */
    private String plan(AssessmentForm form, BindingResult all, Model model) {
        for (int earlier = 1; earlier < AssessmentForm.STEPS; earlier++) {
            check(earlier, form, all);
            if (hasErrorsOn(earlier, all) || all.hasGlobalErrors()) {
                form.setStep(earlier);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, all);
                return stepView(form, model);
            }
        }
        Assessment assessment = form.toAssessment(LocalDate.now(clock));
        model.addAttribute("page", carePlans.page(assessment));
        model.addAttribute("takeHomePath", TakeHomeLink.pathFor(form, assessment));
        resultPage(model);
        return PLAN_VIEW;
    }

    private String redFlagPage(Disposition byRedFlags, AssessmentForm form, Model model) {
        model.addAttribute("redFlagPage", new RedFlagPage(byRedFlags, List.copyOf(form.getRedFlags())));
        resultPage(model);
        return RED_FLAG_VIEW;
    }

    /**
     * What every result page adds: the app's address for the printed footer (spasmcare.public-url, else the
     * address the request came in on), and that the page carries its own call to the emergency number, so the
     * layout's footer does not print it a second time.
     */
    private void resultPage(Model model) {
        String publicUrl = properties.publicUrl().strip();
        String address = publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicUrl;
        model.addAttribute("appAddress", address.endsWith("/") ? address.substring(0, address.length() - 1) : address);
        model.addAttribute("emergencyCallInPage", true);
    }

    private String freshStep(AssessmentForm form, BindingResult posted, Model model) {
        // errors belonged to the step being left; the new step starts clean
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, AnswerText.cleanKeepingTypedText(form, FORM, posted));
        return stepView(form, model);
    }

    /** Bean Validation of one step: its group's constraints, the rules across its answers included. */
    private void check(int step, AssessmentForm form, Errors errors) {
        validator.validate(form, errors, AssessmentForm.STEP_GROUPS.get(step - 1));
    }

    /** Only pain whose answers hold can have lasted 85 days; what could not be read is not in the form. */
    private boolean asksInflammatoryPattern(AssessmentForm form) {
        BindingResult pain = new BeanPropertyBindingResult(form, FORM);
        check(2, form, pain);
        return !pain.hasErrors() && AssessmentForm.asksInflammatoryPattern(form.durationDays(LocalDate.now(clock)));
    }

    private String stepView(AssessmentForm form, Model model) {
        model.addAttribute("asksInflammatoryPattern", asksInflammatoryPattern(form));
        model.addAttribute("redFlagQuestion", RedFlagQuestion.number(form.getQuestion()));
        return STEP_VIEW;
    }

    private static boolean hasErrorsOn(int step, BindingResult result) {
        return result.getFieldErrors().stream()
                .anyMatch(error -> STEP_OF_FIELD.getOrDefault(error.getField(), 0) == step);
    }
}
