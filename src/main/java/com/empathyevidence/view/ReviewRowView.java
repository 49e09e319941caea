package com.empathyevidence.view;

import com.empathyevidence.app.ReviewQueue;
import java.util.Locale;

/** One listed piece of the review queue: the piece as the panel shows it, why it is listed, the open issues resting on it. */
public final class ReviewRowView {
    private final long id;
    private final boolean editable;
    private final EvidenceRowView evidence;
    private final String reason;
    private final String openIssues;
    private final String project;
    private final String selectLabel;
    private final String noteLabel;

    ReviewRowView(ReviewQueue.Item item, EvidenceRowView evidence, Texts texts) {
        this.id = item.evidence().evidence().id();
        this.editable = item.editable();
        this.evidence = evidence;
        this.reason = texts.get("empathy.review.reason." + item.reason().name().toLowerCase(Locale.ROOT));
        this.openIssues = texts.get("empathy.review.openIssues", item.openIssues());
        this.project = item.evidence().evidence().projectKey() == null ? "" : item.evidence().evidence().projectKey();
        this.selectLabel = texts.get("empathy.library.select", evidence.getLabel());
        this.noteLabel = texts.get("empathy.review.page.pieceNote", evidence.getLabel());
    }

    /** The label of the piece's own note in a bulk re-confirmation with a note for each piece. */
    public String getNoteLabel() {
        return noteLabel;
    }

    public long getId() {
        return id;
    }

    public boolean isEditable() {
        return editable;
    }

    public EvidenceRowView getEvidence() {
        return evidence;
    }

    public String getReason() {
        return reason;
    }

    public String getOpenIssues() {
        return openIssues;
    }

    public String getProject() {
        return project;
    }

    public String getSelectLabel() {
        return selectLabel;
    }
}
