package com.empathyevidence.app;

import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.ItemRollup;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Strength;
import com.empathyevidence.domain.Warning;
import java.util.List;

/**
 * What one issue rests on, as the current viewer may see it: linked evidence (directly, or through a linked map
 * item), the linked map items with their roll-up, strength and warnings.
 *
 * @param hiddenCount linked evidence the viewer may not see: counted, never shown
 */
public record IssueEvidence(IssueRef issue, List<AssessedEvidence> evidence, List<LinkedItem> mapItems, int hiddenCount,
                            Strength strength, List<Warning> warnings) {

    /** A map item (e.g. a pain) linked to the issue, with what backs it. */
    public record LinkedItem(MapItem item, Relation relation, ItemRollup rollup) {
    }
}
