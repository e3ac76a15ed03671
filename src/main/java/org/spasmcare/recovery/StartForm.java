package org.spasmcare.recovery;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.spasmcare.triage.Assessment;
import org.springframework.format.annotation.DateTimeFormat;

/** Starting a log by hand: the day the back pain started. */
public class StartForm {

    @NotNull(message = "{log.error.onset.invalid}")
    @WithinLastDays(value = Assessment.MAX_DURATION_DAYS, message = "{log.error.onset.range}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate onsetDate;

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }
}
