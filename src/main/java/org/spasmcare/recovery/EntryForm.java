package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day's entry as typed; kept as typed on an error so nothing is lost (a value that is not a date or a
 * number stays in the binding result, with the question's own message).
 */
@NotBeforeOnset(message = "{log.error.date.beforeOnset}")
public class EntryForm {

    static final int MAX_NOTES = 1000;

    // ISO, as an <input type="date"> sends it, never the locale's short style
    @NotNull(message = "{log.error.date.invalid}")
    @PastOrPresent(message = "{log.error.date.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{log.error.pain}")
    @Min(value = 0, message = "{log.error.pain}")
    @Max(value = 10, message = "{log.error.pain}")
    private Integer pain;

    @NotNull(message = "{log.error.interference}")
    @Min(value = 0, message = "{log.error.interference}")
    @Max(value = 10, message = "{log.error.interference}")
    private Integer interference;

    private Set<TreatmentCode> treatments = EnumSet.noneOf(TreatmentCode.class);
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    @Size(max = MAX_NOTES, message = "{log.error.notes}")
    private String notes = "";

    /** The version of the entry the form was opened on; empty for a new entry. Not a question: never an error. */
    private String version = "";
    /** The patient has been told that removing a showing warning sign removes its alert, and goes ahead. */
    private boolean removeRedFlagConfirmed;
    /** The episode's onset, set by the server before checking (never bound): no entry before it. */
    private LocalDate onsetDate;

    static EntryForm of(EntryView entry) {
        EntryForm form = new EntryForm();
        form.setDate(entry.entryDate());
        form.setPain(entry.pain());
        form.setInterference(entry.interference());
        form.treatments.addAll(entry.treatments());
        form.redFlags.addAll(entry.redFlags());
        form.setNotes(entry.notes());
        form.setVersion(String.valueOf(entry.version()));
        return form;
    }

    /** The entry this form holds; only once it has passed its checks. */
    ValidEntry toEntry() {
        return new ValidEntry(date, pain, interference, treatments, redFlags, notes);
    }

    /** The entry version this form was opened on, or -1 when it is missing or not a number (never matches). */
    long versionOpened() {
        return version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    public boolean isRemoveRedFlagConfirmed() {
        return removeRedFlagConfirmed;
    }

    public void setRemoveRedFlagConfirmed(boolean removeRedFlagConfirmed) {
        this.removeRedFlagConfirmed = removeRedFlagConfirmed;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getPain() {
        return pain;
    }

    public void setPain(Integer pain) {
        this.pain = pain;
    }

    public Integer getInterference() {
        return interference;
    }

    public void setInterference(Integer interference) {
        this.interference = interference;
    }

    public Set<TreatmentCode> getTreatments() {
        return treatments;
    }

    public void setTreatments(Set<TreatmentCode> treatments) {
        this.treatments = treatments == null ? EnumSet.noneOf(TreatmentCode.class) : treatments;
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(Set<RedFlag> redFlags) {
        this.redFlags = redFlags == null ? EnumSet.noneOf(RedFlag.class) : redFlags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version == null ? "" : version.strip();
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    void setOnsetDate(LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }
}
