package com.empathyevidence.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How a project's evidence panel shows its warnings (issue 16, "warnings a team can phase in"): ON for everyone who
 * reads the panel, PREVIEW only for the project's administrators (with a line saying how many issues would show them),
 * OFF for no one. The rule that applies it is {@link PhaseInRule}.
 */
public enum WarningsMode {
    ON, PREVIEW, OFF;

    /** The mode named by {@code value} (any case, surrounding blanks ignored); empty for anything else. */
    public static Optional<WarningsMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAMode) {
            return Optional.empty();
        }
    }
}
