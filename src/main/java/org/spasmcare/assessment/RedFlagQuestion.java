package org.spasmcare.assessment;

import java.util.ArrayList;
import java.util.List;

import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;

/**
 * One yes-or-no question of the check's first step: one red flag, or the fall-or-knock question (no flag).
 * Asked most serious first: the emergency signs, then the signs for a doctor today, then a fall or knock,
 * then the other signs, each group in the rules' order (rules §3). Two flags are asked another way: the
 * fracture risk as "a fall or knock?" with the age and bones asked later, and the inflammatory pattern only
 * of pain that has lasted 85 days or more, on step 3.
 */
public record RedFlagQuestion(RedFlag flag) {

    static final List<RedFlagQuestion> ALL = questions();

    private static List<RedFlagQuestion> questions() {
        List<RedFlagQuestion> questions = new ArrayList<>();
        for (Disposition group : List.of(Disposition.EMERGENCY, Disposition.URGENT, Disposition.ROUTINE)) {
            if (group == Disposition.ROUTINE) {
                questions.add(new RedFlagQuestion(null)); // the fall, after the urgent signs
            }
            for (RedFlag flag : RedFlag.values()) {
                if (flag.disposition() == group && flag != RedFlag.FRACTURE_RISK
                        && flag != RedFlag.INFLAMMATORY_PATTERN) {
                    questions.add(new RedFlagQuestion(flag));
                }
            }
        }
        return List.copyOf(questions);
    }

    /** The question with this number, counted from 1. */
    static RedFlagQuestion number(int number) {
        return ALL.get(number - 1);
    }

    public boolean isFall() {
        return flag == null;
    }

    /** The group it is asked in, for its heading: the fall is asked with the other things to tell us. */
    public Disposition group() {
        return isFall() ? Disposition.ROUTINE : flag.disposition();
    }

    /** The message key of the sign, said as a statement the person answers yes or no to. */
    public String textKey() {
        return isFall() ? "assessment.fallOrKnock.label" : "redFlag." + flag.name();
    }

    /** A "yes" to this question ends the check at once: the sign alone sends the person to an emergency or a doctor today. */
    boolean endsTheCheck() {
        return !isFall() && flag.disposition().withholdsSelfCare();
    }

    public boolean isAnsweredYes(AssessmentForm form) {
        return isFall() ? form.isFallOrKnock() : form.getRedFlags().contains(flag);
    }

    void record(AssessmentForm form, boolean yes) {
        if (isFall()) {
            form.setFallOrKnock(yes);
        } else if (yes) {
            form.getRedFlags().add(flag);
        } else {
            form.getRedFlags().remove(flag);
        }
        if (yes) {
            form.setNoRedFlags(false);
        }
    }
}
