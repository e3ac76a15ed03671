package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.spasmcare.account.Role;

/**
 * Who is looking at the plan page's "Save to my log" box, and for a patient whether they already have a
 * current episode. That is read only when the box is shown, and once.
 */
public final class SaveBox {

    private final Role role;
    private final Supplier<Optional<EpisodeView>> findCurrentEpisode;
    private Optional<EpisodeView> currentEpisode;

    SaveBox(Role role, Supplier<Optional<EpisodeView>> findCurrentEpisode) {
        this.role = role;
        this.findCurrentEpisode = findCurrentEpisode;
    }

    /** Not signed in: will be asked to sign in or create an account first. */
    public boolean isVisitor() {
        return role == null;
    }

    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    /** Staff and admins keep no log. */
    public boolean isStaff() {
        return role != null && role.isStaff();
    }

    /** A patient's current episode's onset, or null when they have none (and for anyone else). */
    public LocalDate getCurrentEpisodeOnset() {
        if (!isPatient()) {
            return null;
        }
        if (currentEpisode == null) {
            currentEpisode = findCurrentEpisode.get();
        }
        return currentEpisode.map(EpisodeView::onsetDate).orElse(null);
    }
}
