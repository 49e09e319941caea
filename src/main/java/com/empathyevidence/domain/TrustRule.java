package com.empathyevidence.domain;

import java.util.Collection;

/**
 * The trust figure of a project or a persona: of the active evidence that open work rests on (linked to at least one
 * issue whose status is not done), the share that is FRESH. Aging evidence is not counted as fresh (it is turning
 * stale), and each piece counts once however many open issues rest on it. The percentage is rounded down, so the
 * figure never says more is fresh than is: 9 fresh of 11 is 81 %, not 82 %.
 */
public final class TrustRule {

    private TrustRule() {
    }

    /** The figure: how many pieces are fresh, of how many behind open work; {@code percent} is null when there are none. */
    public record Trust(int fresh, int total) {
        public Integer percent() {
            return total == 0 ? null : (int) ((100L * fresh) / total);
        }

        public boolean any() {
            return total > 0;
        }
    }

    /** The figure over the freshness of each distinct active piece linked to an open issue. */
    public static Trust of(Collection<Freshness> behindOpenWork) {
        int fresh = 0;
        for (Freshness f : behindOpenWork) {
            if (f == Freshness.FRESH) {
                fresh++;
            }
        }
        return new Trust(fresh, behindOpenWork.size());
    }

    /**
     * Whether an issue in this Jira status category is open work: anything but "done" (an unknown category too, as
     * Jira's own open-work searches count it).
     */
    public static boolean isOpen(String statusCategoryKey) {
        return Delivery.of(statusCategoryKey) != Delivery.SHIPPED;
    }
}
