package com.empathyevidence.domain;

/**
 * Participant erasure, in one place: every quote of the participant is replaced by {@link #REDACTED_TEXT} and
 * marked redacted (the view shows a sentence from the i18n bundle instead), and every piece of their evidence loses
 * its source link and recording moment (they lead to the person's own words); the alias becomes
 * {@code ERASED-<id>}, segment and role are cleared; links, counts and dates stay. Irreversible. The old alias is
 * kept as a tombstone with the date of erasure, so that no import or create brings the person back under it. An
 * audit entry records who erased and when, never what. A redacted quote cannot be re-confirmed.
 */
public final class Erasure {

    public static final String REDACTED_TEXT = "[redacted]";

    private Erasure() {
    }

    public static String anonymousAlias(long participantId) {
        return "ERASED-" + participantId;
    }
}
