package com.empathyevidence.domain;

import java.time.Instant;

/**
 * The version of a persona or a map item that an editor read, and who made it and when. Version 1 is the state as
 * created (never edited: {@code by} and {@code at} are null). An edit is made against the version its editor read;
 * when the stored one has moved on, the edit is refused with who changed it and when (nothing is lost silently).
 *
 * @param byName the display name of {@code by} when the change was made (shown to people), or null
 */
public record Revision(int version, String by, String byName, Instant at) {

    public static final Revision NONE = new Revision(1, null, null, null);

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** When this version was made, as people read it ("2 Dec 2026, 14:05 UTC"); "" for {@link #NONE}. */
    public String when() {
        return at == null ? "" : WHEN.format(at);
    }

    /** The name to show for who made this version: the display name, else the user name, else "". */
    public String who() {
        return byName != null && !byName.isBlank() ? byName : by == null ? "" : by;
    }
}
