package com.empathyevidence.view;

/**
 * The fixed texts of the empathy-map macro's template ({@code templates/empathy-map.vm}), from the i18n bundle: one no-argument getter per
 * string, so the template calls only allow-listed getters ({@code $text.panelTitle}), never a method with a key.
 * Texts with a value in them (a count, an issue key, a statement) are ready-made in the view models.
 * Escaped by the host's renderer like every reference (no getter is named ...Html).
 */
public final class EmpathyMapTexts {

    private final Texts texts;

    public EmpathyMapTexts(Texts texts) {
        this.texts = texts;
    }

    /** {@code empathy.map.authorise} */
    public String getMapAuthorise() {
        return texts.get("empathy.map.authorise");
    }

    /** {@code empathy.map.personaChoices} */
    public String getMapPersonaChoices() {
        return texts.get("empathy.map.personaChoices");
    }

    /** {@code empathy.map.evidenceless} */
    public String getMapEvidenceless() {
        return texts.get("empathy.map.evidenceless");
    }

    /** {@code empathy.map.openJira} */
    public String getMapOpenJira() {
        return texts.get("empathy.map.openJira");
    }

    /** {@code empathy.map.assumption} */
    public String getMapAssumption() {
        return texts.get("empathy.map.assumption");
    }

    /** {@code empathy.map.action.attach} */
    public String getMapActionAttach() {
        return texts.get("empathy.map.action.attach");
    }

    /** {@code empathy.map.action.reconfirm} */
    public String getMapActionReconfirm() {
        return texts.get("empathy.map.action.reconfirm");
    }

    /** {@code empathy.map.coveredBy} */
    public String getMapCoveredBy() {
        return texts.get("empathy.map.coveredBy");
    }

    /** {@code empathy.map.action.addItem} */
    public String getMapActionAddItem() {
        return texts.get("empathy.map.action.addItem");
    }

    /** {@code empathy.map.action.validate} */
    public String getMapActionValidate() {
        return texts.get("empathy.map.action.validate");
    }
}
