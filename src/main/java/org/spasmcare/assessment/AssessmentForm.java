package org.spasmcare.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * The stepped form's answers. Free-text answers are kept as the person typed them (Strings), so a
 * mistake never wipes what they entered; {@link AssessmentFormValidator} checks and converts them.
 * Every step posts every answer (the others as hidden fields), so nothing is stored on the server.
 */
public class AssessmentForm {

    public static final int STEPS = 3;
    public static final String DAYS = "days";
    public static final String WEEKS = "weeks";

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
    private String agoAmount = "";
    private String agoUnit = DAYS;
    private String onsetDate = "";
    private String painScore = "";
    private boolean flareUp;
    private String age = "";
    /** "I'd rather not say": the age question is answered, with no age (rules §1). */
    private boolean ageNotGiven;
    /** Step 3, asked only when the pain has lasted 85 days or more: INFLAMMATORY_PATTERN (rules §3). */
    private boolean inflammatoryPattern;
    private String pregnancy = "";
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

    public String getAgoAmount() {
        return agoAmount;
    }

    public void setAgoAmount(String agoAmount) {
        this.agoAmount = trim(agoAmount);
    }

    public String getAgoUnit() {
        return agoUnit;
    }

    public void setAgoUnit(String agoUnit) {
        this.agoUnit = trim(agoUnit);
    }

    public String getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(String onsetDate) {
        this.onsetDate = trim(onsetDate);
    }

    public String getPainScore() {
        return painScore;
    }

    public void setPainScore(String painScore) {
        this.painScore = trim(painScore);
    }

    public boolean isFlareUp() {
        return flareUp;
    }

    public void setFlareUp(boolean flareUp) {
        this.flareUp = flareUp;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = trim(age);
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

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
