package com.empathyevidence.view;

/**
 * The fixed texts of the Jira evidence panel's template ({@code templates/evidence-panel.vm}), from the i18n bundle: one no-argument getter per
 * string, so the template calls only allow-listed getters ({@code $text.panelTitle}), never a method with a key.
 * Texts with a value in them (a count, an issue key, a statement) are ready-made in the view models.
 * Escaped by the host's renderer like every reference (no getter is named ...Html).
 */
public final class EvidencePanelTexts {

    private final Texts texts;

    public EvidencePanelTexts(Texts texts) {
        this.texts = texts;
    }

    /** {@code empathy.panel.title} */
    public String getHealthLink() {
        return texts.get("empathy.health.panelLink");
    }

    /** The link from the panel to the evidence library page. */
    public String getLibraryLink() {
        return texts.get("empathy.library.panelLink");
    }

    /** {@code empathy.panel.showAllFailed}: said when "Show all N" could not fetch the rest. */
    public String getPanelShowAllFailed() {
        return texts.get("empathy.panel.showAllFailed");
    }

    public String getPanelTitle() {
        return texts.get("empathy.panel.title");
    }

    /** {@code empathy.strength.why} */
    public String getStrengthWhy() {
        return texts.get("empathy.strength.why");
    }

    /** {@code empathy.warnings.label} */
    public String getWarningsLabel() {
        return texts.get("empathy.warnings.label");
    }

    /** {@code empathy.action.toolbar} */
    public String getActionToolbar() {
        return texts.get("empathy.action.toolbar");
    }

    /** {@code empathy.action.add} */
    public String getActionAdd() {
        return texts.get("empathy.action.add");
    }

    /** {@code empathy.action.link} */
    public String getActionLink() {
        return texts.get("empathy.action.link");
    }

    /** {@code empathy.form.hint} */
    public String getFormHint() {
        return texts.get("empathy.form.hint");
    }

    /** {@code empathy.form.text} */
    public String getFormText() {
        return texts.get("empathy.form.text");
    }

    /** {@code empathy.form.kind} */
    public String getFormKind() {
        return texts.get("empathy.form.kind");
    }

    /** {@code empathy.form.kind.quote} */
    public String getFormKindQuote() {
        return texts.get("empathy.form.kind.quote");
    }

    /** {@code empathy.form.kind.observation} */
    public String getFormKindObservation() {
        return texts.get("empathy.form.kind.observation");
    }

    /** {@code empathy.form.section} */
    public String getFormSection() {
        return texts.get("empathy.form.section");
    }

    /** {@code empathy.form.choose} */
    public String getFormChoose() {
        return texts.get("empathy.form.choose");
    }

    /** {@code empathy.form.sourceKind} */
    public String getFormSourceKind() {
        return texts.get("empathy.form.sourceKind");
    }

    /** {@code empathy.form.observedOn} */
    public String getFormObservedOn() {
        return texts.get("empathy.form.observedOn");
    }

    /** {@code empathy.form.persona} */
    public String getFormPersona() {
        return texts.get("empathy.form.persona");
    }

    /** {@code empathy.form.participant} */
    public String getFormParticipant() {
        return texts.get("empathy.form.participant");
    }

    /** {@code empathy.form.participant.hint} */
    public String getFormParticipantHint() {
        return texts.get("empathy.form.participant.hint");
    }

    /** {@code empathy.form.segment} */
    public String getFormSegment() {
        return texts.get("empathy.form.segment");
    }

    /** {@code empathy.form.consent} */
    public String getFormConsent() {
        return texts.get("empathy.form.consent");
    }

    /** {@code empathy.form.sourceTitle} */
    public String getFormSourceTitle() {
        return texts.get("empathy.form.sourceTitle");
    }

    /** {@code empathy.form.sourceTitle.hint} */
    public String getFormSourceTitleHint() {
        return texts.get("empathy.form.sourceTitle.hint");
    }

    /** {@code empathy.form.sourceLink} */
    public String getFormSourceLink() {
        return texts.get("empathy.form.sourceLink");
    }

    /** {@code empathy.form.sourceLink.hint} */
    public String getFormSourceLinkHint() {
        return texts.get("empathy.form.sourceLink.hint");
    }

    /** {@code empathy.form.relation} */
    public String getFormRelation() {
        return texts.get("empathy.form.relation");
    }

    /** {@code empathy.action.save} */
    public String getActionSave() {
        return texts.get("empathy.action.save");
    }

    /** {@code empathy.action.cancel} */
    public String getActionCancel() {
        return texts.get("empathy.action.cancel");
    }

    /** {@code empathy.dialog.close} */
    public String getDialogClose() {
        return texts.get("empathy.dialog.close");
    }

    /** {@code empathy.dialog.what} */
    public String getDialogWhat() {
        return texts.get("empathy.dialog.what");
    }

    /** {@code empathy.client.evidenceTab} */
    public String getClientEvidenceTab() {
        return texts.get("empathy.client.evidenceTab");
    }

    /** {@code empathy.client.itemsTab} */
    public String getClientItemsTab() {
        return texts.get("empathy.client.itemsTab");
    }

    /** {@code empathy.dialog.search} */
    public String getDialogSearch() {
        return texts.get("empathy.dialog.search");
    }

    /** {@code empathy.dialog.search.hint} */
    public String getDialogSearchHint() {
        return texts.get("empathy.dialog.search.hint");
    }

    /** {@code empathy.dialog.persona} */
    public String getDialogPersona() {
        return texts.get("empathy.dialog.persona");
    }

    /** {@code empathy.dialog.section} */
    public String getDialogSection() {
        return texts.get("empathy.dialog.section");
    }

    /** {@code empathy.client.anySection} */
    public String getClientAnySection() {
        return texts.get("empathy.client.anySection");
    }

    /** {@code empathy.dialog.freshness} */
    public String getDialogFreshness() {
        return texts.get("empathy.dialog.freshness");
    }

    /** {@code empathy.client.anyFreshness} */
    public String getClientAnyFreshness() {
        return texts.get("empathy.client.anyFreshness");
    }

    /** {@code empathy.freshness.fresh} */
    public String getFreshnessFresh() {
        return texts.get("empathy.freshness.fresh");
    }

    /** {@code empathy.freshness.aging} */
    public String getFreshnessAging() {
        return texts.get("empathy.freshness.aging");
    }

    /** {@code empathy.freshness.stale} */
    public String getFreshnessStale() {
        return texts.get("empathy.freshness.stale");
    }

    /** {@code empathy.dialog.results} */
    public String getDialogResults() {
        return texts.get("empathy.dialog.results");
    }

    /** {@code empathy.dialog.relation} */
    public String getDialogRelation() {
        return texts.get("empathy.dialog.relation");
    }

    /** {@code empathy.dialog.note} */
    public String getDialogNote() {
        return texts.get("empathy.dialog.note");
    }

    /** {@code empathy.dialog.submit} */
    public String getDialogSubmit() {
        return texts.get("empathy.dialog.submit");
    }

    /** {@code empathy.panel.empty} */
    public String getPanelEmpty() {
        return texts.get("empathy.panel.empty");
    }

    /** {@code empathy.panel.mapItems} */
    public String getPanelMapItems() {
        return texts.get("empathy.panel.mapItems");
    }

    /** {@code empathy.action.unlink} */
    public String getActionUnlink() {
        return texts.get("empathy.action.unlink");
    }

    /** {@code empathy.evidence.showAll} */
    public String getEvidenceShowAll() {
        return texts.get("empathy.evidence.showAll");
    }

    /** {@code empathy.action.reconfirm} */
    public String getActionReconfirm() {
        return texts.get("empathy.action.reconfirm");
    }
}
