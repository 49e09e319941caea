package com.empathyevidence.view;

import java.util.List;

/** One map item. */
public final class MapItemView {
    private final long id;
    private final String statement;
    private final String rollup;
    private final boolean assumption;
    private final String lozenge;
    private final List<EvidenceRowView> quotes;
    private final String more;
    private final boolean coverageShown;
    private final List<MapIssueView> issues;
    private final String uncoveredText;
    private final Texts texts;

    MapItemView(long id, String statement, String rollup, boolean assumption, String lozenge, List<EvidenceRowView> quotes, String more,
                boolean coverageShown, List<MapIssueView> issues, String uncoveredText, Texts texts) {
        this.id = id;
        this.statement = statement;
        this.rollup = rollup;
        this.assumption = assumption;
        this.lozenge = lozenge;
        this.quotes = quotes;
        this.more = more;
        this.coverageShown = coverageShown;
        this.issues = issues;
        this.uncoveredText = uncoveredText;
        this.texts = texts;
    }

    /** The map item's id in Jira, the target of "Attach evidence". */
    public long getId() {
        return id;
    }

    public String getStatement() {
        return statement;
    }

    public String getRollup() {
        return rollup;
    }

    public boolean isAssumption() {
        return assumption;
    }

    public String getLozenge() {
        return lozenge;
    }

    public boolean isAnyQuote() {
        return !quotes.isEmpty();
    }

    public boolean isCovered() {
        return !issues.isEmpty();
    }

    public List<EvidenceRowView> getQuotes() {
        return quotes;
    }

    /** "and 3 more" when not every backing quote is shown; empty otherwise. */
    public String getMore() {
        return more;
    }

    public boolean isCoverageShown() {
        return coverageShown;
    }

    public List<MapIssueView> getIssues() {
        return issues;
    }

    public String getUncoveredText() {
        return uncoveredText;
    }

    /** "Attach evidence to “statement”": the accessible name of its Attach evidence button. */
    public String getAttachLabel() {
        return texts.get("empathy.map.action.attachTo", statement);
    }
}
