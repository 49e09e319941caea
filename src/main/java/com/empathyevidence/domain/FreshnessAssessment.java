package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * The freshness of one piece of evidence on a given day.
 *
 * @param freshness     FRESH, AGING or STALE
 * @param basisDate     the date age counts from: the later of observed date and latest re-confirmation
 * @param reconfirmed   true when the basis is a re-confirmation rather than the observation
 * @param ageDays       days between the basis date and the assessment day (never negative)
 * @param shelfLifeDays the shelf life applied
 * @param staleAfter    the last day on which the evidence is not yet stale
 * @param agingFrom     the first day on which the evidence is no longer fresh (aging, or stale); freshness moves only
 *                      from FRESH to AGING to STALE as days pass, under fixed policies
 */
public record FreshnessAssessment(Freshness freshness, LocalDate basisDate, boolean reconfirmed, long ageDays,
                                  int shelfLifeDays, LocalDate staleAfter, LocalDate agingFrom) {

    /** The first day on which the evidence is stale. */
    public LocalDate staleFrom() {
        return staleAfter.plusDays(1);
    }

    /** Days left until the evidence turns stale; zero or negative once it is stale. */
    public long daysUntilStale(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, staleAfter) + 1;
    }
}
