package com.empathyevidence.app;

import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.ItemRollup;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A persona's empathy map as the current viewer may see it: per section, the map items with their roll-up, backing
 * evidence and (for pains) the issues covering them, plus the persona's evidence not yet sorted into an item.
 */
public record PersonaMap(Persona persona, Map<Section, SectionContent> sections, Summary summary, int hiddenCount) {

    /**
     * One section of the map.
     *
     * @param hidden active evidence counted in this section (backing its items, or not yet on the map) that the
     *               reader may not see: counted, never shown
     */
    public record SectionContent(List<Item> items, List<AssessedEvidence> unsorted, int hidden, int unsortedTotal, int unsortedStale) {
        /** With every unsorted piece listed. */
        public SectionContent(List<Item> items, List<AssessedEvidence> unsorted, int hidden) {
            this(items, unsorted, hidden, unsorted.size(), stale(unsorted));
        }
    }

    static int stale(List<AssessedEvidence> pieces) {
        int n = 0;
        for (AssessedEvidence a : pieces) {
            n += a.freshness().freshness() == Freshness.STALE ? 1 : 0;
        }
        return n;
    }

    /**
     * One map item with what backs it and who works on it.
     *
     * @param hiddenIssues issues linked to the item (or to evidence backing it) that the reader may not see: counted,
     *                     never named. The roll-up counts backing evidence the reader may not see.
     * @param confidence   GRADE-CERQual confidence in the item, from all of its active backing (as the roll-up counts
     *                     it); null when nothing backs it (an assumption)
     * @param validatedBy  validation (issue 17): issues the reader may see that were created to validate this item (a
     *                     validation task with its ADDRESSES link); they are not in {@code coveredBy}
     */
    public record Item(MapItem item, ItemRollup rollup, List<AssessedEvidence> backing, List<IssueRef> coveredBy, int hiddenIssues,
                       com.empathyevidence.domain.Confidence confidence, List<IssueRef> validatedBy, int backingTotal, int backingStale) {
        /** With all of the backing the reader may see listed. */
        public Item(MapItem item, ItemRollup rollup, List<AssessedEvidence> backing, List<IssueRef> coveredBy, int hiddenIssues,
                    com.empathyevidence.domain.Confidence confidence, List<IssueRef> validatedBy) {
            this(item, rollup, backing, coveredBy, hiddenIssues, confidence, validatedBy, backing.size(), stale(backing));
        }

        public Item(MapItem item, ItemRollup rollup, List<AssessedEvidence> backing, List<IssueRef> coveredBy, int hiddenIssues,
                    com.empathyevidence.domain.Confidence confidence) {
            this(item, rollup, backing, coveredBy, hiddenIssues, confidence, List.of());
        }
    }

    /**
     * The map at a glance.
     *
     * @param freshness the share-weighted picture: the freshness most of the evidence has; null without evidence
     * @param trust     the trust figure (issue 16) over the pieces the reader may see that are linked to open issues
     *                  they may see ({@link com.empathyevidence.domain.TrustRule})
     * @param partial   true when the reader may not see all of it (evidence of the persona, or issues linked to its
     *                  evidence, hidden from them): the figure is then said to be over what they can see
     */
    public record Summary(int evidenceCount, int participants, LocalDate earliest, LocalDate latest, Freshness freshness,
                          int fresh, int aging, int stale, com.empathyevidence.domain.TrustRule.Trust trust, boolean partial) {
    }
}
