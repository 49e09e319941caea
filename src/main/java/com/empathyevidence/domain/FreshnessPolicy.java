package com.empathyevidence.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Shelf life in days per source kind. Immutable; {@link #defaults()} holds the product's defaults. */
public final class FreshnessPolicy {

    /** Evidence turns AGING once this share of its shelf life has passed. */
    public static final int AGING_FROM_PERCENT = 75;

    private final Map<SourceKind, Integer> shelfLifeDays;

    private FreshnessPolicy(Map<SourceKind, Integer> shelfLifeDays) {
        this.shelfLifeDays = Collections.unmodifiableMap(new EnumMap<>(shelfLifeDays));
    }

    public static FreshnessPolicy defaults() {
        Map<SourceKind, Integer> days = new EnumMap<>(SourceKind.class);
        for (SourceKind kind : SourceKind.values()) {
            days.put(kind, kind.defaultShelfLifeDays());
        }
        return new FreshnessPolicy(days);
    }

    /** A copy of this policy with one shelf life changed. */
    public FreshnessPolicy withShelfLife(SourceKind kind, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Shelf life must be at least one day");
        }
        Map<SourceKind, Integer> copy = new EnumMap<>(shelfLifeDays);
        copy.put(kind, days);
        return new FreshnessPolicy(copy);
    }

    public int shelfLifeDays(SourceKind kind) {
        return shelfLifeDays.get(kind);
    }

    public Map<SourceKind, Integer> asMap() {
        return shelfLifeDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreshnessPolicy && ((FreshnessPolicy) o).shelfLifeDays.equals(shelfLifeDays);
    }

    @Override
    public int hashCode() {
        return shelfLifeDays.hashCode();
    }
}
