package com.empathyevidence.view;

import java.util.List;

/** The evidence linked to an issue with one relation, on the evidence panel. */
public final class RelationGroupView {
    private final String key;
    private final String label;
    private final List<EvidenceRowView> rows;

    RelationGroupView(String key, String label, List<EvidenceRowView> rows) {
        this.key = key;
        this.label = label;
        this.rows = rows;
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
