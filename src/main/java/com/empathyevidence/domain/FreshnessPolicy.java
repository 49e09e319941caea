package com.empathyevidence.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Shelf life in days per source kind and the aging threshold (the share of the shelf life from which evidence is
 * aging). Immutable; {@link #defaults()} holds the product's defaults.
 */
public final class FreshnessPolicy {

    /** Evidence turns AGING once this share of its shelf life has passed, unless an admin changed it. */
    public static final int DEFAULT_AGING_FROM_PERCENT = 75;

    private final Map<SourceKind, Integer> shelfLifeDays;
    private final int agingFromPercent;

    private FreshnessPolicy(Map<SourceKind, Integer> shelfLifeDays, int agingFromPercent) {
        this.shelfLifeDays = Collections.unmodifiableMap(new EnumMap<>(shelfLifeDays));
        this.agingFromPercent = agingFromPercent;
    }

    public static FreshnessPolicy defaults() {
        Map<SourceKind, Integer> days = new EnumMap<>(SourceKind.class);
        for (SourceKind kind : SourceKind.values()) {
            days.put(kind, kind.defaultShelfLifeDays());
        }
        return new FreshnessPolicy(days, DEFAULT_AGING_FROM_PERCENT);
    }

    /** A copy of this policy with one shelf life changed. */
    public FreshnessPolicy withShelfLife(SourceKind kind, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Shelf life must be at least one day");
        }
        Map<SourceKind, Integer> copy = new EnumMap<>(shelfLifeDays);
        copy.put(kind, days);
        return new FreshnessPolicy(copy, agingFromPercent);
    }

    /** A copy of this policy with another aging threshold ({@link Limits#AGING_MIN_PERCENT}..{@link Limits#AGING_MAX_PERCENT}). */
    public FreshnessPolicy withAgingFromPercent(int percent) {
        if (percent < Limits.AGING_MIN_PERCENT || percent > Limits.AGING_MAX_PERCENT) {
            throw new IllegalArgumentException("Aging threshold out of range: " + percent);
        }
        return new FreshnessPolicy(shelfLifeDays, percent);
    }

    public int shelfLifeDays(SourceKind kind) {
        return shelfLifeDays.get(kind);
    }

    public int agingFromPercent() {
        return agingFromPercent;
    }

    /**
     * The first age in days at which evidence of this kind is aging: the smallest A with A ≥ S · p / 100. Worked
     * example: interview, S = 365, p = 75 → 274 (273.75 rounded up); p = 50 → 183 (182.5 rounded up); p = 60 → 219.
     */
    public int agingFromDays(SourceKind kind) {
        long product = (long) shelfLifeDays(kind) * agingFromPercent;
        return (int) ((product + 99) / 100);
    }

    public Map<SourceKind, Integer> asMap() {
        return shelfLifeDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreshnessPolicy && ((FreshnessPolicy) o).shelfLifeDays.equals(shelfLifeDays)
                && ((FreshnessPolicy) o).agingFromPercent == agingFromPercent;
    }

    @Override
    public int hashCode() {
        return shelfLifeDays.hashCode() * 31 + agingFromPercent;
    }
}
