package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Map item roll-up, in one place: count, distinct participants, freshest and oldest evidence, overall freshness
 * (the best freshness of any active piece: one current observation keeps the item current, whatever the shelf lives), and assumption when nothing
 * active backs it. Retired evidence never backs an item. Active evidence the reader may not see still backs the item: it
 * is counted (never described), and an item backed only by such evidence is not an assumption.
 */
public final class RollupRule {

    private RollupRule() {
    }

    public static ItemRollup rollup(List<AssessedEvidence> backing) {
        return rollup(backing, 0);
    }

    /**
     * @param backing the backing evidence the reader may see
     * @param hidden  how many pieces of active backing evidence the reader may not see
     */
    public static ItemRollup rollup(List<AssessedEvidence> backing, int hidden) {
        if (hidden < 0) {
            throw new IllegalArgumentException("hidden < 0");
        }
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
        return new ItemRollup(count, participants.size(), freshest, oldest, best, count == 0 && hidden == 0, hidden);
    }
}
