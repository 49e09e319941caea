package com.empathyevidence.view;

import java.util.List;

/** The evidence linked to an issue with one relation, on the evidence panel. */
public final class RelationGroupView {
    private final String key;
    private final String label;
    private final List<EvidenceRowView> rows;
    private final String showAll;

    RelationGroupView(String key, String label, List<EvidenceRowView> rows, String showAll) {
        this.key = key;
        this.label = label;
        this.rows = rows;
        this.showAll = showAll;
    }

    /** "Show all 7" when only the first screenful of the relation's rows is listed; empty when all are. */
    public String getShowAll() {
        return showAll;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public List<EvidenceRowView> getRows() {
        return rows;
    }
}
