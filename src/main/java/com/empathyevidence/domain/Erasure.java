package com.empathyevidence.domain;

/**
 * Participant erasure, in one place: every quote of the participant is replaced by {@link #REDACTED_TEXT} and
 * marked redacted (the view shows a sentence from the i18n bundle instead), the alias becomes
 * {@code ERASED-<id>}, segment and role are cleared; links, counts and dates stay. Irreversible. An audit entry
 * records who erased and when, never what.
 */
public final class Erasure {

    public static final String REDACTED_TEXT = "[redacted]";

    private Erasure() {
    }

    public static String anonymousAlias(long participantId) {
        return "ERASED-" + participantId;
    }
}
