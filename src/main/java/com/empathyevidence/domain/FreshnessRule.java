package com.empathyevidence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The freshness rule, in one place.
 *
 * <p>Age counts from the later of the observed date and the latest re-confirmation. With shelf life S days and aging
 * threshold p % (75 unless an admin changed it, globally or for the project), evidence of age A days is FRESH while
 * A &lt; p % of S, AGING from p % of S up to and including S, and STALE beyond S. Worked example (interview,
 * S = 365, p = 75): observed 200 days ago → FRESH; 274 days ago → AGING (274 ≥ 273.75); 365 days ago → AGING (last
 * day); 366 days ago → STALE. Re-confirmed 10 days ago → FRESH. With p = 50: 182 days ago → FRESH (182 &lt; 182.5),
 * 183 days ago → AGING.
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
        } else if (age >= policy.agingFromDays(kind)) {
            freshness = Freshness.AGING;
        } else {
            freshness = Freshness.FRESH;
        }
        return new FreshnessAssessment(freshness, basis, reconfirmed, age, shelfLife, basis.plusDays(shelfLife));
    }
}
