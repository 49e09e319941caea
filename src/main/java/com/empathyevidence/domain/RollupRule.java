package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Map item roll-up, in one place: count, distinct participants, freshest and oldest evidence, overall freshness
 * (the best freshness of any active piece: one current observation keeps the item current, whatever the shelf lives), and assumption when nothing
 * active backs it. Retired evidence never backs an item.
 */
public final class RollupRule {

    private RollupRule() {
    }

    public static ItemRollup rollup(List<AssessedEvidence> backing) {
        int count = 0;
        Set<String> participants = new HashSet<>();
        LocalDate freshest = null;
        LocalDate oldest = null;
        Freshness best = null;
        for (AssessedEvidence a : backing) {
            if (!a.evidence().isActive()) {
                continue;
            }
            count++;
            if (a.evidence().participant() != null) {
                participants.add(a.evidence().participant().alias());
            }
            LocalDate basis = a.freshness().basisDate();
            if (freshest == null || basis.isAfter(freshest)) {
                freshest = basis;
            }
            Freshness f = a.freshness().freshness();
            if (best == null || f.compareTo(best) < 0) {
                best = f;
            }
            LocalDate observed = a.evidence().observedOn();
            oldest = oldest == null || observed.isBefore(oldest) ? observed : oldest;
        }
        return new ItemRollup(count, participants.size(), freshest, oldest, best, count == 0);
    }
}
