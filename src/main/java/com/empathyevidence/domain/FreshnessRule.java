package com.empathyevidence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The freshness rule, in one place.
 *
 * <p>Age counts from the later of the observed date and the latest re-confirmation. With shelf life S days,
 * evidence of age A days is FRESH while A &lt; 75 % of S, AGING from 75 % of S up to and including S, and STALE
 * beyond S. Worked example (interview, S = 365): observed 200 days ago → FRESH; 274 days ago → AGING
 * (274 ≥ 273.75); 365 days ago → AGING (last day); 366 days ago → STALE. Re-confirmed 10 days ago → FRESH.
 */
public final class FreshnessRule {

    private FreshnessRule() {
    }

    public static FreshnessAssessment assess(LocalDate observedOn, LocalDate lastReconfirmedOn, SourceKind kind,
                                             FreshnessPolicy policy, LocalDate today) {
        LocalDate basis = observedOn;
        boolean reconfirmed = false;
        if (lastReconfirmedOn != null && lastReconfirmedOn.isAfter(observedOn)) {
            basis = lastReconfirmedOn;
            reconfirmed = true;
        }
        long age = Math.max(0, ChronoUnit.DAYS.between(basis, today));
        int shelfLife = policy.shelfLifeDays(kind);
        Freshness freshness;
        if (age > shelfLife) {
            freshness = Freshness.STALE;
        } else if (age * 100 >= (long) shelfLife * FreshnessPolicy.AGING_FROM_PERCENT) {
            freshness = Freshness.AGING;
        } else {
            freshness = Freshness.FRESH;
        }
        return new FreshnessAssessment(freshness, basis, reconfirmed, age, shelfLife, basis.plusDays(shelfLife));
    }
}
