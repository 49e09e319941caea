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
        // stale from age S + 1, aging from age A (or stale first, were A beyond S). The age never goes below 0, so a
        // basis in the future stays fresh until its own day and then ages: the state is a step function of the day,
        // FRESH before agingFrom, AGING before staleFrom, STALE after (monotone, what a map group rolls forward on)
        LocalDate staleFrom = basis.plusDays(shelfLife + 1L);
        int agingAge = Math.min(policy.agingFromDays(kind), shelfLife + 1);
        LocalDate agingFrom = agingAge == 0 ? LocalDate.MIN : basis.plusDays(agingAge);
        Freshness freshness = !today.isBefore(staleFrom) ? Freshness.STALE
                : !today.isBefore(agingFrom) ? Freshness.AGING : Freshness.FRESH;
        return new FreshnessAssessment(freshness, basis, reconfirmed, age, shelfLife, basis.plusDays(shelfLife), agingFrom);
    }
}
