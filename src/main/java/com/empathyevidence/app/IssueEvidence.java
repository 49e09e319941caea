package com.empathyevidence.app;

import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Confidence;
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
 * <p>The strength, confidence and warnings are the issue's own, judged on all of its evidence whoever may see it (the
 * same figures as the issue property); only the lists are filtered.
 *
 * @param hiddenCount linked evidence the viewer may not see: counted, never shown
 * @param successors  the successors of retired pieces in {@code evidence} that the viewer may see but the issue does not
 *                    link, so that the panel can name them
 */
public record IssueEvidence(IssueRef issue, List<AssessedEvidence> evidence, List<LinkedItem> mapItems, int hiddenCount,
                            Strength strength, Confidence confidence, List<Warning> warnings, List<AssessedEvidence> successors) {

    /**
     * A map item (e.g. a pain) linked to the issue, with what backs it as the viewer may see it.
     *
     * @param hiddenBacking active backing evidence the viewer may not see: counted, never shown
     */
    public record LinkedItem(MapItem item, Relation relation, ItemRollup rollup, int hiddenBacking) {
    }
}
