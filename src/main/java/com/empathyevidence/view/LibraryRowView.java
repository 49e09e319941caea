package com.empathyevidence.view;

import com.empathyevidence.app.LibraryService;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.rest.EvidenceJson;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One row of the evidence library: the piece as the panel shows it, and what it is linked to, backs and was re-confirmed with. */
public final class LibraryRowView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final EvidenceRowView evidence;
    private final long id;
    private final int version;
    private final boolean editable;
    private final String project;
    private final String persona;
    private final String kindLabel;
    private final String statusLabel;
    private final List<LibraryNoteView> links = new ArrayList<>();
    private final String hiddenLinks;
    private final List<LibraryNoteView> mapItems = new ArrayList<>();
    private final List<LibraryNoteView> reconfirmations = new ArrayList<>();
    private final String linksSummary;
    private final String historySummary;
    private final String selectLabel;
    private final String noteLabel;
    private final String editLabel;
    private final String retireLabel;
    private final String retireReasonLabel;
    private final String text;
    private final String updated;

    LibraryRowView(LibraryService.Row row, Texts texts) {
        EvidenceJson json = EvidenceJson.of(row.evidence());
        this.evidence = EvidenceRowView.of(json, texts);
        this.id = json.id;
        this.version = json.version;
        this.editable = row.editable() && evidence.isActive();
        this.project = json.projectKey == null ? "" : json.projectKey;
        this.persona = json.personaKey == null ? "" : json.personaKey;
        this.kindLabel = texts.get("empathy.library.kind." + json.kind.toLowerCase(Locale.ROOT));
        this.statusLabel = evidence.isActive() ? texts.get("empathy.library.status.active") : evidence.getRetiredLabel();
        this.text = json.redacted ? "" : json.text;
        for (LibraryService.LinkedIssue l : row.links()) {
            links.add(new LibraryNoteView(l.issue().key() + " " + l.issue().summary(), "../../../browse/" + l.issue().key(),
                    texts.get("empathy.library.linkedBy", texts.get("empathy.relation." + l.link().relation().name().toLowerCase(Locale.ROOT)),
                            l.link().linkedBy(), l.link().linkedAt() == null ? "" : WHEN.format(l.link().linkedAt())),
                    l.link().note()));
        }
        this.hiddenLinks = row.hiddenLinks() == 0 ? "" : texts.get("empathy.library.hiddenLinks", row.hiddenLinks());
        for (MapItem m : row.mapItems()) {
            mapItems.add(new LibraryNoteView(m.statement(), null,
                    texts.get("empathy.library.mapItemOf", m.personaKey(), texts.get("empathy.section." + m.section().name().toLowerCase(Locale.ROOT))),
                    null));
        }
        for (Reconfirmation r : row.reconfirmations()) {
            reconfirmations.add(new LibraryNoteView(texts.get("empathy.library.stillTrue", FreshnessText.date(texts, r.confirmedOn())), null,
                    texts.get("empathy.library.by", r.author(), r.recordedAt() == null ? "" : WHEN.format(r.recordedAt())), r.note()));
        }
        this.linksSummary = texts.get("empathy.library.linksSummary", row.links().size() + row.hiddenLinks(), row.mapItems().size());
        this.historySummary = texts.get("empathy.library.historySummary", row.reconfirmations().size());
        this.selectLabel = texts.get("empathy.library.select", evidence.getLabel());
        this.noteLabel = texts.get("empathy.library.pieceNote", evidence.getLabel());
        this.editLabel = texts.get("empathy.library.edit", evidence.getLabel());
        this.retireLabel = texts.get("empathy.library.retire", evidence.getLabel());
        this.retireReasonLabel = texts.get("empathy.library.retireReason");
        this.updated = json.updatedBy == null ? "" : json.updatedBy;
    }

    public EvidenceRowView getEvidence() {
        return evidence;
    }

    public long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getProject() {
        return project;
    }

    public String getPersona() {
        return persona;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    /** The piece's own text for the edit form (empty when redacted). */
    public String getText() {
        return text;
    }

    public List<LibraryNoteView> getLinks() {
        return links;
    }

    public String getHiddenLinks() {
        return hiddenLinks;
    }

    public List<LibraryNoteView> getMapItems() {
        return mapItems;
    }

    public List<LibraryNoteView> getReconfirmations() {
        return reconfirmations;
    }

    public boolean isAnyLink() {
        return !links.isEmpty() || !hiddenLinks.isEmpty() || !mapItems.isEmpty();
    }

    public boolean isAnyReconfirmation() {
        return !reconfirmations.isEmpty();
    }

    public String getLinksSummary() {
        return linksSummary;
    }

    public String getHistorySummary() {
        return historySummary;
    }

    /** The label of the note written beside this piece when a selection is re-confirmed with a note for each. */
    public String getNoteLabel() {
        return noteLabel;
    }

    public String getSelectLabel() {
        return selectLabel;
    }

    public String getEditLabel() {
        return editLabel;
    }

    public String getRetireLabel() {
        return retireLabel;
    }

    public String getRetireReasonLabel() {
        return retireReasonLabel;
    }

    public String getUpdatedBy() {
        return updated;
    }
}
