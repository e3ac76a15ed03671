package org.spasmcare.recovery;

import java.util.EnumSet;
import java.util.Set;

import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;

/** A day's entry as typed; kept as typed on an error so nothing is lost. */
public class EntryForm {

    private String date = "";
    private String pain = "";
    private String interference = "";
    private Set<TreatmentCode> treatments = EnumSet.noneOf(TreatmentCode.class);
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
    private String notes = "";
    /** The version of the entry the form was opened on; empty for a new entry. */
    private String version = "";
    /** The patient has been told that removing a showing warning sign removes its alert, and goes ahead. */
    private boolean removeRedFlagConfirmed;

    public boolean isRemoveRedFlagConfirmed() {
        return removeRedFlagConfirmed;
    }

    public void setRemoveRedFlagConfirmed(boolean removeRedFlagConfirmed) {
        this.removeRedFlagConfirmed = removeRedFlagConfirmed;
    }

    static EntryForm of(EntryView entry) {
        EntryForm form = new EntryForm();
        form.setDate(entry.entryDate().toString());
        form.setPain(String.valueOf(entry.pain()));
        form.setInterference(String.valueOf(entry.interference()));
        form.treatments.addAll(entry.treatments());
        form.redFlags.addAll(entry.redFlags());
        form.setNotes(entry.notes());
        form.setVersion(String.valueOf(entry.version()));
        return form;
    }

    /** The entry version this form was opened on, or -1 when it is missing or not a number (never matches). */
    long versionOpened() {
        return version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date == null ? "" : date.strip();
    }

    public String getPain() {
        return pain;
    }

    public void setPain(String pain) {
        this.pain = pain == null ? "" : pain.strip();
    }

    public String getInterference() {
        return interference;
    }

    public void setInterference(String interference) {
        this.interference = interference == null ? "" : interference.strip();
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
}
