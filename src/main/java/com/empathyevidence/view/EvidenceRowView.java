package com.empathyevidence.view;

import com.empathyevidence.rest.EvidenceJson;
import java.util.Locale;

/**
 * One piece of evidence as a template shows it. Only strings and booleans; every getter is on the
 * velocity allow-list and every value is escaped by the host's renderer.
 */
public final class EvidenceRowView {

    /** Quotes longer than this show a short version first, with an accessible "Show all" to expand. */
    static final int SHORT_TEXT = 280;

    private final long id;
    private final String text;
    private final String shortText;
    private final boolean quote;
    private final boolean redacted;
    private final String sectionLabel;
    private final String sourceLabel;
    private final String sourceLink;
    private final String moment;
    private final String participant;
    private final String observedOn;
    private final String freshness;
    private final String freshnessLabel;
    private final String freshnessLozenge;
    private final String freshnessState;
    private final String freshnessWhy;
    private final String observedOnText;
    private final String retiredLabel;
    private final String successorName;
    private final String successorHref;
    private final String successorHidden;
    private final String relation;
    private final boolean active;
    private final Texts texts;
    /** Owner, review-by date, requests and history (issue 16); null where the page does not show them. */
    private StewardshipView stewardship;

    private EvidenceRowView(EvidenceJson e, Texts texts) {
        this(e, texts, null, null, false);
    }

    private EvidenceRowView(EvidenceJson e, Texts texts, String successorText, String successorHref, boolean successorHidden) {
        this.id = e.id;
        this.texts = texts;
        this.redacted = e.redacted;
        this.text = e.redacted ? texts.get("empathy.evidence.redacted") : e.text;
        this.shortText = text.codePointCount(0, text.length()) > SHORT_TEXT
                ? text.substring(0, text.offsetByCodePoints(0, SHORT_TEXT)).stripTrailing() + "\u2026" : "";
        this.quote = "QUOTE".equals(e.kind) && !e.redacted;
        this.sectionLabel = texts.get("empathy.section." + e.section.toLowerCase(Locale.ROOT));
        String kind = texts.get("empathy.sourceKind." + e.sourceKind.toLowerCase(Locale.ROOT));
        this.sourceLabel = e.sourceTitle == null || e.sourceTitle.isBlank() ? kind : kind + " \u00b7 " + e.sourceTitle;
        this.sourceLink = SafeLinks.httpOrNull(e.sourceLink);
        this.moment = e.sourceMomentSeconds == null ? "" : texts.get("empathy.evidence.moment", clock(e.sourceMomentSeconds));
        this.participant = e.participantAlias == null ? ""
                : e.participantSegment == null || e.participantSegment.isBlank() ? e.participantAlias
                : e.participantAlias + " \u00b7 " + e.participantSegment;
        this.observedOn = e.observedOn;
        this.freshness = e.freshness;
        this.freshnessLabel = FreshnessText.label(texts, e.freshness, e.reconfirmed, e.ageDays);
        this.freshnessLozenge = FreshnessText.lozenge(e.freshness);
        this.freshnessState = FreshnessText.state(texts, e.freshness);
        if (e.freshnessBasis != null && e.staleAfter != null) {
            java.time.LocalDate basis = java.time.LocalDate.parse(e.freshnessBasis);
            java.time.LocalDate staleAfter = java.time.LocalDate.parse(e.staleAfter);
            this.freshnessWhy = FreshnessText.why(texts, e.freshness, e.reconfirmed, e.ageDays, e.sourceKind,
                    java.time.temporal.ChronoUnit.DAYS.between(basis, staleAfter), staleAfter.plusDays(1));
        } else {
            this.freshnessWhy = "";
        }
        this.observedOnText = e.observedOn == null ? "" : FreshnessText.date(texts, java.time.LocalDate.parse(e.observedOn));
        this.relation = e.relation == null ? "" : e.relation;
        this.active = !"RETIRED".equals(e.status);
        this.retiredLabel = "RETIRED".equals(e.status)
                ? texts.get("empathy.evidence.retired", e.retiredReason == null ? "" : e.retiredReason) : "";
        this.successorName = successorText == null ? "" : texts.get("empathy.evidence.successorName", shortenAtWord(successorText, 60));
        this.successorHref = successorText == null ? null : successorHref;
        this.successorHidden = successorHidden ? texts.get("empathy.evidence.successorHidden") : "";
    }

    public static EvidenceRowView of(EvidenceJson e, Texts texts) {
        return new EvidenceRowView(e, texts);
    }

    /**
     * A row of the panel, naming the successor of a retired piece.
     *
     * @param successorText   the successor's text, or null when there is none or the viewer may not see it
     * @param successorHref   where its name links to (its row on this panel, or its source), or null for no link
     * @param successorHidden true when there is a successor the viewer may not see: said, never shown
     */
    static EvidenceRowView of(EvidenceJson e, Texts texts, String successorText, String successorHref, boolean successorHidden) {
        return new EvidenceRowView(e, texts, successorText, successorHref, successorHidden);
    }

    /** Like {@link #shorten} but never cuts a word in two (unless the first word alone is too long). */
    private static String shortenAtWord(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, codePoints));
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space) : head).stripTrailing() + "\u2026";
    }

    private static String shorten(String text, int codePoints) {
        return text.codePointCount(0, text.length()) > codePoints
                ? text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing() + "\u2026" : text;
    }

    static String clock(int seconds) {
        int h = seconds / 3600;
        int m = (seconds % 3600) / 60;
        int s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    public long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    /** The first {@value #SHORT_TEXT} characters and an ellipsis when the text is long; empty otherwise. */
    public String getShortText() {
        return shortText;
    }

    public boolean isQuote() {
        return quote;
    }

    public boolean isRedacted() {
        return redacted;
    }

    public String getSectionLabel() {
        return sectionLabel;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    /** An http or https address, or null: nothing else ever reaches an href. */
    public String getSourceLink() {
        return sourceLink;
    }

    /** "Fresh", "Aging" or "Stale": the lozenge's word. */
    public String getFreshnessState() {
        return freshnessState;
    }

    /** "— usability tests go stale after 120 days; observed 4 months ago, stale since 12 Aug 2026"; empty when unknown. */
    public String getFreshnessWhy() {
        return freshnessWhy;
    }

    /** The observed date as people read it, "12 Aug 2026" ({@link #getObservedOn()} stays yyyy-MM-dd for datetime). */
    public String getObservedOnText() {
        return observedOnText;
    }

    /** "Replaced by" before the successor's name; empty when the row names no successor. */
    public String getSuccessorPrefix() {
        return successorName.isEmpty() ? "" : texts.get("empathy.evidence.replacedBy");
    }

    /** The successor of a retired piece, by the start of its text in quotes; empty when there is none to name. */
    public String getSuccessorName() {
        return successorName;
    }

    /** Where the successor's name links: "#empathy-evidence-7" on this panel, or its http(s) source; null for none. */
    public String getSuccessorHref() {
        return successorHref;
    }

    /** "Replaced by a piece of evidence you can’t see." when the successor is hidden from the viewer; empty otherwise. */
    public String getSuccessorHidden() {
        return successorHidden;
    }

    /** "at 21:52 in the recording" for a moment in a recording; empty otherwise. */
    public String getMoment() {
        return moment;
    }

    public String getParticipant() {
        return participant;
    }

    public String getObservedOn() {
        return observedOn;
    }

    public String getFreshness() {
        return freshness;
    }

    public String getFreshnessLabel() {
        return freshnessLabel;
    }

    public String getFreshnessLozenge() {
        return freshnessLozenge;
    }

    /** The start of the text (60 characters), to name this evidence in the labels of its buttons. */
    public String getLabel() {
        return shorten(text, 60);
    }

    /** ADDRESSES, SUPPORTS or CONTRADICTS on an issue; empty elsewhere. */
    public String getRelation() {
        return relation;
    }

    /** False once retired: retired evidence cannot be re-confirmed. */
    /** The piece's owner, review-by date, requests and history, or null where they are not shown. */
    public StewardshipView getStewardship() {
        return stewardship;
    }

    void stewardship(StewardshipView view) {
        this.stewardship = view;
    }

    public boolean isActive() {
        return active;
    }

    /** "Retired: reason" for retired evidence; empty otherwise. */
    public String getRetiredLabel() {
        return retiredLabel;
    }

    /** "Relation of “start of the text” to this issue": the label of its relation picker on the panel. */
    public String getRelationOfLabel() {
        return texts.get("empathy.action.relationOf", getLabel());
    }

    /** "Unlink “start of the text”": the accessible name of its Unlink button on the panel. */
    public String getUnlinkLabel() {
        return texts.get("empathy.action.unlinkOf", getLabel());
    }

    /** "Re-confirm “start of the text”": the accessible name of its Re-confirm button on the panel. */
    public String getReconfirmLabel() {
        return texts.get("empathy.action.reconfirmOf", getLabel());
    }

    /** The accessible name of its Re-confirm button on the map (named by {@link #getShortText()}, as before). */
    public String getMapReconfirmLabel() {
        return texts.get("empathy.action.reconfirmOf", shortText);
    }
}
