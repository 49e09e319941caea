package com.empathyevidence.domain;

import java.util.Optional;

/**
 * Where a piece of evidence came from, with the default shelf life in days (product brief, "Rules").
 * Admins may override shelf lives; see {@link FreshnessPolicy}.
 */
public enum SourceKind {
    INTERVIEW(365),
    USABILITY_TEST(120),
    SUPPORT_TICKET(180),
    SALES_CALL(180),
    SURVEY(365),
    CHURN_INTERVIEW(365),
    USAGE_ANALYTICS(90),
    FIELD_OBSERVATION(270),
    OTHER(180);

    private final int defaultShelfLifeDays;

    SourceKind(int defaultShelfLifeDays) {
        this.defaultShelfLifeDays = defaultShelfLifeDays;
    }

    public int defaultShelfLifeDays() {
        return defaultShelfLifeDays;
    }

    public static Optional<SourceKind> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (SourceKind k : values()) {
            if (k.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
