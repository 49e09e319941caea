package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * What backs one map item.
 *
 * @param evidenceCount  active backing evidence the reader may see
 * @param participants   distinct participants behind it
 * @param freshest       the latest basis date (observed or re-confirmed); null when unbacked
 * @param oldest         the earliest observed date; null when unbacked
 * @param freshness      the best freshness among the active backing evidence; null when unbacked
 * @param assumption     true when no active evidence backs the item, seen or not
 * @param hiddenEvidence active backing evidence in Jira projects the reader may not browse: counted, never shown
 */
public record ItemRollup(int evidenceCount, int participants, LocalDate freshest, LocalDate oldest, Freshness freshness,
                         boolean assumption, int hiddenEvidence) {

    /** A roll-up with nothing hidden from the reader. */
    public ItemRollup(int evidenceCount, int participants, LocalDate freshest, LocalDate oldest, Freshness freshness, boolean assumption) {
        this(evidenceCount, participants, freshest, oldest, freshness, assumption, 0);
    }
}
