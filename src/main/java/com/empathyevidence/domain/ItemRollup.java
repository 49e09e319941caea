package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * What backs one map item.
 *
 * @param evidenceCount active backing evidence
 * @param participants  distinct participants behind it
 * @param freshest      the latest basis date (observed or re-confirmed); null when unbacked
 * @param oldest        the earliest observed date; null when unbacked
 * @param freshness     the best freshness among the active backing evidence; null when unbacked
 * @param assumption    true when no active evidence backs the item
 */
public record ItemRollup(int evidenceCount, int participants, LocalDate freshest, LocalDate oldest, Freshness freshness,
                         boolean assumption) {
}
