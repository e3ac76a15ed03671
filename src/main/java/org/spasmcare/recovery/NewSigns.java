package org.spasmcare.recovery;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.spasmcare.triage.RedFlag;

/**
 * The warning signs a daily check-in asks about behind "Anything new or worrying?": those that can be new
 * during an episode. A history ("you have had cancer"), an event ("a serious accident") or a long pattern is
 * not asked each day. The server still accepts any red flag on an entry.
 */
final class NewSigns {

    static final Set<RedFlag> ASKED = EnumSet.of(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL_CHANGE,
            RedFlag.BOTH_LEGS, RedFlag.LEG_WEAKNESS_WORSENING, RedFlag.CHEST_OR_ABDOMINAL_PAIN,
            RedFlag.NEW_LEG_WEAKNESS, RedFlag.FEVER, RedFlag.WEIGHT_LOSS, RedFlag.NIGHT_PAIN, RedFlag.SCIATICA,
            RedFlag.UPPER_BACK_PAIN, RedFlag.RECENT_INFECTION);

    private NewSigns() {
    }

    /** The signs to ask, plus any others an entry already has, so an edit never drops one unseen. */
    static Set<RedFlag> askedWith(Collection<RedFlag> onTheEntry) {
        EnumSet<RedFlag> signs = EnumSet.copyOf(ASKED);
        signs.addAll(onTheEntry);
        return signs;
    }
}
