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
    private final List<EvidenceRowView> moreQuotes;
    private final String more;
    private final String moreInJira;
    private final boolean coverageShown;
    private final List<MapIssueView> issues;
    private final int hiddenIssueCount;
    private final String uncoveredText;
    private final Texts texts;
    private final String confidence;
    private final List<ValidationLineView> validations;

    MapItemView(long id, String statement, String rollup, boolean assumption, String lozenge, List<EvidenceRowView> quotes,
                List<EvidenceRowView> moreQuotes, String more, String moreInJira, boolean coverageShown, List<MapIssueView> issues,
                int hiddenIssueCount, String uncoveredText, Texts texts, String confidence) {
        this(id, statement, rollup, assumption, lozenge, quotes, moreQuotes, more, moreInJira, coverageShown, issues,
                hiddenIssueCount, uncoveredText, texts, confidence, List.of());
    }

    MapItemView(long id, String statement, String rollup, boolean assumption, String lozenge, List<EvidenceRowView> quotes,
                List<EvidenceRowView> moreQuotes, String more, String moreInJira, boolean coverageShown, List<MapIssueView> issues,
                int hiddenIssueCount, String uncoveredText, Texts texts, String confidence, List<ValidationLineView> validations) {
        this.confidence = confidence;
        this.validations = validations;
        this.id = id;
        this.statement = statement;
        this.rollup = rollup;
        this.assumption = assumption;
        this.lozenge = lozenge;
        this.quotes = quotes;
        this.moreQuotes = moreQuotes;
        this.more = more;
        this.moreInJira = moreInJira;
        this.coverageShown = coverageShown;
        this.issues = issues;
        this.hiddenIssueCount = hiddenIssueCount;
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

    /** "Confidence (GRADE-CERQual): moderate", or empty for an assumption (or a Jira that sends no grade). */
    public String getConfidence() {
        return confidence;
    }

    /** True only when nothing backs the item: evidence the reader may not see still backs it. */
    public boolean isAssumption() {
        return assumption;
    }

    public String getLozenge() {
        return lozenge;
    }

    public boolean isAnyQuote() {
        return !quotes.isEmpty();
    }

    /** True when an issue addresses the item, one the reader may see or not. */
    public boolean isCovered() {
        return !issues.isEmpty() || hiddenIssueCount > 0;
    }

    /** True when the reader may see at least one of the issues addressing the item. */
    public boolean isAnyIssue() {
        return !issues.isEmpty();
    }

    /** The quotes shown at once (on paper: every quote Jira listed). */
    public List<EvidenceRowView> getQuotes() {
        return quotes;
    }

    /** On a live page, the listed quotes behind the "and 3 more" disclosure; empty on paper, where all are shown. */
    public List<EvidenceRowView> getMoreQuotes() {
        return moreQuotes;
    }

    public boolean isAnyMoreQuotes() {
        return !moreQuotes.isEmpty();
    }

    /** "and 3 more": the label of the disclosure that opens the rest; empty when there is none. */
    public String getMore() {
        return more;
    }

    /** "and 12 more in Jira" when Jira listed fewer quotes than back the item; empty otherwise. */
    public String getMoreInJira() {
        return moreInJira;
    }

    public boolean isCoverageShown() {
        return coverageShown;
    }

    public List<MapIssueView> getIssues() {
        return issues;
    }

    /**
     * "Addressed by 1 issue you can't see" when the reader may see none of the issues addressing the item, "and 1 more
     * issue you can't see" beside those they may see; empty when they may see them all. A count, never a key.
     */
    public String getHiddenIssues() {
        if (hiddenIssueCount <= 0) {
            return "";
        }
        return texts.get(issues.isEmpty() ? "empathy.map.item.hiddenIssues" : "empathy.map.item.moreHiddenIssues", hiddenIssueCount);
    }

    public String getUncoveredText() {
        return uncoveredText;
    }

    /** "Attach evidence to “statement”": the accessible name of its Attach evidence button. */
    public String getAttachLabel() {
        return texts.get("empathy.map.action.attachTo", statement);
    }

    /** validation (issue 17): the issues validating this item that the reader may see ("Being validated in DEMO-12 (To Do)"). */
    public List<ValidationLineView> getValidations() {
        return validations;
    }

    public boolean isAnyValidation() {
        return !validations.isEmpty();
    }

    /** "Create a validation task for “statement”": the accessible name of its button. */
    public String getValidateLabel() {
        return texts.get("empathy.map.action.validateFor", statement);
    }

    /** The summary the validation task's form starts with: the statement on one line, within Jira's limit. */
    public String getValidationSummary() {
        return com.empathyevidence.domain.ValidationTask.summaryFrom(statement);
    }
}
