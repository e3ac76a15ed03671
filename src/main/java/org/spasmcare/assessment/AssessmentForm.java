package org.spasmcare.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.spasmcare.assessment.AssessmentFormRules.AgeAnswered;
import org.spasmcare.assessment.AssessmentFormRules.OnsetAnswered;
import org.spasmcare.assessment.AssessmentFormRules.RedFlagsAnswered;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * The stepped form's answers, typed, checked with Bean Validation a step at a time: one validation group a
 * step ({@link #STEP_GROUPS}), the rules across answers as class-level constraints ({@link AssessmentFormRules}).
 * Text that is not a number or a date fails binding ({@link AnswerText}) and is shown again as typed.
 * Every step posts every answer (the others as hidden fields), so nothing is stored on the server.
 */
@RedFlagsAnswered(groups = AssessmentForm.RedFlagsStep.class)
@OnsetAnswered(groups = AssessmentForm.PainStep.class)
@AgeAnswered(groups = AssessmentForm.AboutYouStep.class)
public class AssessmentForm {

    /** Step 1: the red flags. */
    interface RedFlagsStep {
    }

    /** Step 2: when the pain started, and how bad it is. */
    interface PainStep {
    }

    /** Step 3: age, pregnancy and the other safety facts. */
    interface AboutYouStep {
    }

    /** The validation group of each step, in the order the steps are asked. */
    static final List<Class<?>> STEP_GROUPS = List.of(RedFlagsStep.class, PainStep.class, AboutYouStep.class);

    public static final int STEPS = 3;
    public static final String DAYS = "days";
    public static final String WEEKS = "weeks";

    static final String PREGNANT_YES = "yes";
    static final String PREGNANT_NO = "no";
    /** Not sure counts as pregnant: the cautious reading (see the README's notes on the rules). */
    static final String PREGNANT_UNSURE = "unsure";

    /** A fall or knock at this age or over counts as a fracture risk (rules §3). */
    static final int FRACTURE_RISK_AGE = 65;
    static final int INFLAMMATORY_PATTERN_FROM_DAY = 85;

    private static final String PAIN_SCORE_ERROR = "{assessment.error.painScore.required}";

    private int step = 1;
    /** Step 1 asks its red flags one at a time: the question shown, from 1. */
    private int question = 1;
    /** How many of step 1's questions have been answered, so Back shows each answer given. */
    private int answered;
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
    /** Every red-flag question, the fall included, was answered no (the API's empty list of red flags). */
    private boolean noRedFlags;
    /** Step 1: the pain started after a fall or knock; with age or bones it becomes FRACTURE_RISK (rules §3). */
    private boolean fallOrKnock;
    private @Nullable Integer agoAmount;
    private String agoUnit = DAYS;
    private @Nullable LocalDate onsetDate;
    @NotNull(message = PAIN_SCORE_ERROR, groups = PainStep.class)
    @Min(value = Assessment.MIN_PAIN_SCORE, message = PAIN_SCORE_ERROR, groups = PainStep.class)
    @Max(value = Assessment.MAX_PAIN_SCORE, message = PAIN_SCORE_ERROR, groups = PainStep.class)
    private @Nullable Integer painScore;
    private boolean flareUp;
    private @Nullable Integer age;
    /** "I'd rather not say": the age question is answered, with no age (rules §1). */
    private boolean ageNotGiven;
    /** Step 3, asked only when the pain has lasted 85 days or more: INFLAMMATORY_PATTERN (rules §3). */
    private boolean inflammatoryPattern;
    @Pattern(regexp = "(yes|no|unsure)?", message = "{assessment.error.pregnancy.invalid}", groups = AboutYouStep.class)
    private String pregnancy = "";
    /** A derived factor (an age group, pregnant) is refused as an unknown code is. */
    @Reportable(message = "{typeMismatch.safetyFactors}", groups = AboutYouStep.class)
    private Set<SafetyFactor> safetyFactors = EnumSet.noneOf(SafetyFactor.class);

    /** The step shown, kept between 1 and {@link #STEPS} whatever was posted. */
    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = Math.max(1, Math.min(STEPS, step));
    }

    /** The red-flag question shown, kept between 1 and the number of questions whatever was posted. */
    public int getQuestion() {
        return question;
    }

    public void setQuestion(int question) {
        this.question = Math.max(1, Math.min(RedFlagQuestion.ALL.size(), question));
    }

    public int getAnswered() {
        return answered;
    }

    public void setAnswered(int answered) {
        this.answered = Math.max(0, Math.min(RedFlagQuestion.ALL.size(), answered));
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(Set<RedFlag> redFlags) {
        this.redFlags = redFlags == null || redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
    }

    public boolean isNoRedFlags() {
        return noRedFlags;
    }

    public void setNoRedFlags(boolean noRedFlags) {
        this.noRedFlags = noRedFlags;
    }

    public boolean isFallOrKnock() {
        return fallOrKnock;
    }

    public void setFallOrKnock(boolean fallOrKnock) {
        this.fallOrKnock = fallOrKnock;
    }

    public @Nullable Integer getAgoAmount() {
        return agoAmount;
    }

    public void setAgoAmount(@Nullable Integer agoAmount) {
        this.agoAmount = agoAmount;
    }

    public String getAgoUnit() {
        return agoUnit;
    }

    public void setAgoUnit(String agoUnit) {
        this.agoUnit = trim(agoUnit);
    }

    public @Nullable LocalDate getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(@Nullable LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }

    public @Nullable Integer getPainScore() {
        return painScore;
    }

    public void setPainScore(@Nullable Integer painScore) {
        this.painScore = painScore;
    }

    public boolean isFlareUp() {
        return flareUp;
    }

    public void setFlareUp(boolean flareUp) {
        this.flareUp = flareUp;
    }

    public @Nullable Integer getAge() {
        return age;
    }

    public void setAge(@Nullable Integer age) {
        this.age = age;
    }

    public boolean isAgeNotGiven() {
        return ageNotGiven;
    }

    public void setAgeNotGiven(boolean ageNotGiven) {
        this.ageNotGiven = ageNotGiven;
    }

    public boolean isInflammatoryPattern() {
        return inflammatoryPattern;
    }

    public void setInflammatoryPattern(boolean inflammatoryPattern) {
        this.inflammatoryPattern = inflammatoryPattern;
    }

    public String getPregnancy() {
        return pregnancy;
    }

    public void setPregnancy(String pregnancy) {
        this.pregnancy = trim(pregnancy);
    }

    public Set<SafetyFactor> getSafetyFactors() {
        return safetyFactors;
    }

    public void setSafetyFactors(Set<SafetyFactor> safetyFactors) {
        this.safetyFactors = safetyFactors == null ? EnumSet.noneOf(SafetyFactor.class) : safetyFactors;
    }

    /** Days in one unit of "how long ago"; only asked of a known unit. */
    int agoUnitDays() {
        return WEEKS.equals(agoUnit) ? 7 : 1;
    }

    boolean hasKnownAgoUnit() {
        return DAYS.equals(agoUnit) || WEEKS.equals(agoUnit);
    }

    /** Days since the pain started; only call once the pain step is valid. */
    int durationDays(LocalDate today) {
        if (agoAmount != null) {
            return agoAmount * agoUnitDays();
        }
        return (int) ChronoUnit.DAYS.between(onsetDate, today);
    }

    /** Step 3 asks about a long-standing inflammatory pattern only of pain of 85 days or more (rules §3). */
    static boolean asksInflammatoryPattern(int durationDays) {
        return durationDays >= INFLAMMATORY_PATTERN_FROM_DAY;
    }

    /** The answers as the planner takes them; only call on answers that passed every step. */
    Assessment toAssessment(LocalDate today) {
        int durationDays = durationDays(today);
        EnumSet<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        flags.addAll(redFlags);
        // rules §3: the form asks "a fall or knock?" and adds the fracture risk itself from the later answers
        if (fallOrKnock && ((age != null && age >= FRACTURE_RISK_AGE)
                || safetyFactors.contains(SafetyFactor.OSTEOPOROSIS)
                || safetyFactors.contains(SafetyFactor.LONG_TERM_STEROIDS))) {
            flags.add(RedFlag.FRACTURE_RISK);
        }
        // asked only of pain that has lasted 85 days or more; an answer left over from a longer duration is dropped
        if (inflammatoryPattern && asksInflammatoryPattern(durationDays)) {
            flags.add(RedFlag.INFLAMMATORY_PATTERN);
        }
        return new Assessment(durationDays, painScore, flags, safetyFactors, ageNotGiven ? null : age,
                pregnancy.isEmpty() ? null : !PREGNANT_NO.equals(pregnancy), flareUp);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
