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

    /** One section of the map. */
    public record SectionContent(List<Item> items, List<AssessedEvidence> unsorted) {
    }

    /** One map item with what backs it and who works on it. */
    public record Item(MapItem item, ItemRollup rollup, List<AssessedEvidence> backing, List<IssueRef> coveredBy) {
    }

    /**
     * The map at a glance.
     *
     * @param freshness the share-weighted picture: the freshness most of the evidence has; null without evidence
     */
    public record Summary(int evidenceCount, int participants, LocalDate earliest, LocalDate latest, Freshness freshness,
                          int fresh, int aging, int stale) {
    }
}
