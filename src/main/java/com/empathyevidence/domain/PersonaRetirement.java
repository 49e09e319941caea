package com.empathyevidence.domain;

import java.time.Instant;

/**
 * A persona taken out of use: its map is kept for reference, read-only, and it is listed after the personas in use.
 * Restoring it removes the retirement.
 *
 * @param byName the display name of {@code by} when it was retired (shown to people), or null
 */
public record PersonaRetirement(String reason, String by, String byName, Instant at) {

    /** The reason is required (1 to {@link Limits#REASON_MAX} characters), after whitespace is stripped. */
    public static void validate(String reason) {
        new Validator().text("reason", reason, Limits.REASON_MAX).check();
    }

    /** The name to show for who retired it: the display name, else the user name, else "". */
    public String who() {
        return byName != null && !byName.isBlank() ? byName : by == null ? "" : by;
    }
}
