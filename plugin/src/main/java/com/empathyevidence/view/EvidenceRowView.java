package com.empathyevidence.view;

import com.empathyevidence.rest.EvidenceJson;
import java.util.Locale;

/**
 * One piece of evidence as a template shows it. Only strings and booleans; every getter is on the
 * velocity allow-list and every value is escaped by the host's renderer.
 */
public final class EvidenceRowView {

    private final String text;
    private final boolean quote;
    private final String sectionLabel;
    private final String sourceLabel;
    private final String sourceLink;
    private final String participant;
    private final String observedOn;
    private final String freshness;
    private final String freshnessLabel;
    private final String freshnessLozenge;

    private EvidenceRowView(EvidenceJson e, Texts texts) {
        this.text = e.text;
        this.quote = "QUOTE".equals(e.kind);
        this.sectionLabel = texts.get("empathy.section." + e.section.toLowerCase(Locale.ROOT));
        String kind = texts.get("empathy.sourceKind." + e.sourceKind.toLowerCase(Locale.ROOT));
        this.sourceLabel = e.sourceTitle == null || e.sourceTitle.isBlank() ? kind : kind + " · " + e.sourceTitle;
        this.sourceLink = SafeLinks.httpOrNull(e.sourceLink);
        this.participant = e.participantAlias == null ? ""
                : e.participantSegment == null || e.participantSegment.isBlank() ? e.participantAlias
                : e.participantAlias + " · " + e.participantSegment;
        this.observedOn = e.observedOn;
        this.freshness = e.freshness;
        this.freshnessLabel = FreshnessText.label(texts, e.freshness, e.reconfirmed, e.ageDays);
        this.freshnessLozenge = FreshnessText.lozenge(e.freshness);
    }

    public static EvidenceRowView of(EvidenceJson e, Texts texts) {
        return new EvidenceRowView(e, texts);
    }

    public String getText() {
        return text;
    }

    public boolean isQuote() {
        return quote;
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
}
