package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import java.util.Random;

/**
 * The shape of one persona's map, shared by the in-memory map benchmark and the H2 fill so both measure the same
 * map: 1,000 pieces of evidence and 100 map items over the 9 sections; evidence k &lt; 900 backs item k / 9 (nine
 * pieces per item, in the item's section), the last 100 are not yet sorted into an item. Issues link one map item
 * and nine pieces of evidence of one persona: ten links per issue.
 */
final class MapShape {

    static final int EVIDENCE_PER_PERSONA = 1_000;
    static final int ITEMS_PER_PERSONA = 100;
    static final int BACKED_PER_ITEM = 9;
    static final int SORTED_EVIDENCE = ITEMS_PER_PERSONA * BACKED_PER_ITEM;
    static final int LINKS_PER_ISSUE = 10;
    static final int EVIDENCE_LINKS_PER_ISSUE = LINKS_PER_ISSUE - 1;

    private MapShape() {
    }

    static Section itemSection(int item) {
        return Section.values()[item % Section.values().length];
    }

    /** The section of evidence k (0-based within its persona). */
    static Section evidenceSection(int k) {
        return k < SORTED_EVIDENCE ? itemSection(k / BACKED_PER_ITEM) : Section.values()[k % Section.values().length];
    }

    /** The item (0-based) evidence k backs, or -1 when unsorted. */
    static int backedItem(int k) {
        return k < SORTED_EVIDENCE ? k / BACKED_PER_ITEM : -1;
    }

    /** What one issue links within its persona (0-based item and evidence indexes, and relations). */
    record IssueTargets(int item, int[] evidence, Relation[] relations) {
    }

    static IssueTargets issueTargets(long issue) {
        Random random = new Random(issue * 0x9E3779B97F4A7C15L + 17);
        int item = random.nextInt(ITEMS_PER_PERSONA);
        int[] evidence = new int[EVIDENCE_LINKS_PER_ISSUE];
        Relation[] relations = new Relation[EVIDENCE_LINKS_PER_ISSUE];
        for (int j = 0; j < evidence.length; j++) {
            int candidate;
            boolean taken;
            do {
                candidate = random.nextInt(EVIDENCE_PER_PERSONA);
                taken = false;
                for (int k = 0; k < j; k++) {
                    taken |= evidence[k] == candidate;
                }
            } while (taken);
            evidence[j] = candidate;
            int r = random.nextInt(10);
            relations[j] = r == 0 ? Relation.CONTRADICTS : r < 6 ? Relation.SUPPORTS : Relation.ADDRESSES;
        }
        return new IssueTargets(item, evidence, relations);
    }
}
