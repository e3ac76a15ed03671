package org.spasmcare.recovery;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;

/** "A clinician has seen me about this" (§8): the day they were seen, today unless they say otherwise. */
public class SeenForm {

    @NotNull(message = "{log.seen.error.required}")
    @PastOrPresent(message = "{log.seen.error.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    static SeenForm on(LocalDate day) {
        SeenForm form = new SeenForm();
        form.setDate(day);
        return form;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
