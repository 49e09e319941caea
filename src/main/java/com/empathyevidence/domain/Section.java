package com.empathyevidence.domain;

import java.util.EnumSet;
import java.util.Set;

/** A section of an empathy map. The first four form the classic map; all nine form the extended map. */
public enum Section {
    SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS;

    public static final Set<Section> CLASSIC = java.util.Collections.unmodifiableSet(EnumSet.of(SAYS, THINKS, DOES, FEELS));

    /** Parses a section name case-insensitively; empty when the name is not a section. */
    public static java.util.Optional<Section> parse(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (Section s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
