package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

/** The trust figure's worked examples: the share of the evidence behind open work that is fresh, rounded down. */
public class TrustRuleTest {

    private static List<Freshness> pieces(int fresh, int aging, int stale) {
        List<Freshness> all = new ArrayList<>();
        all.addAll(Collections.nCopies(fresh, Freshness.FRESH));
        all.addAll(Collections.nCopies(aging, Freshness.AGING));
        all.addAll(Collections.nCopies(stale, Freshness.STALE));
        return all;
    }

    @Test
    public void nineFreshOfElevenIs81PercentNever82() {
        TrustRule.Trust t = TrustRule.of(pieces(9, 1, 1));
        assertEquals(9, t.fresh());
        assertEquals(11, t.total());
        assertEquals(Integer.valueOf(81), t.percent());
    }

    @Test
    public void agingIsNotFresh() {
        assertEquals(Integer.valueOf(50), TrustRule.of(pieces(2, 2, 0)).percent());
        assertEquals(Integer.valueOf(0), TrustRule.of(pieces(0, 3, 4)).percent());
        assertEquals(Integer.valueOf(100), TrustRule.of(pieces(5, 0, 0)).percent());
    }

    @Test
    public void noEvidenceBehindOpenWorkHasNoFigure() {
        TrustRule.Trust t = TrustRule.of(List.of());
        assertFalse(t.any());
        assertNull(t.percent());
    }
}
