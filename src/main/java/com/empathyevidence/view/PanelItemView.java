package com.empathyevidence.view;

/** A map item linked to the issue, on the evidence panel, with its roll-up in words. */
public final class PanelItemView {
    private final long id;
    private final String relation;
    private final String statement;
    private final String sectionLabel;
    private final String relationLabel;
    private final String rollup;
    private final boolean assumption;
    private final Texts texts;

    PanelItemView(long id, String relation, String statement, String sectionLabel, String relationLabel, String rollup,
                  boolean assumption, Texts texts) {
        this.id = id;
        this.relation = relation;
        this.statement = statement;
        this.sectionLabel = sectionLabel;
        this.relationLabel = relationLabel;
        this.rollup = rollup;
        this.assumption = assumption;
        this.texts = texts;
    }

    public long getId() {
        return id;
    }

    /** ADDRESSES, SUPPORTS or CONTRADICTS. */
    public String getRelation() {
        return relation;
    }

    public String getStatement() {
        return statement;
    }

    public String getSectionLabel() {
        return sectionLabel;
    }

    public String getRelationLabel() {
        return relationLabel;
    }

    public String getRollup() {
        return rollup;
    }

    public boolean isAssumption() {
        return assumption;
    }

    /** "Relation of “statement” to this issue": the label of its relation picker. */
    public String getRelationOfLabel() {
        return texts.get("empathy.action.relationOf", statement);
    }

    /** "Unlink “statement”": the accessible name of its Unlink button. */
    public String getUnlinkLabel() {
        return texts.get("empathy.action.unlinkOf", statement);
    }
}
