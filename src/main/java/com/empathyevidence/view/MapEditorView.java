package com.empathyevidence.view;

/**
 * What the map's script needs when the viewer may change the map (Jira's {@code canEdit}), on a live page only:
 * the macro's parameters, to fetch the map again after a write, Jira's today, and the script's texts.
 */
public final class MapEditorView {
    private final String persona;
    private final String projects;
    private final String layout;
    private final String quotesPerItem;
    private final String showCoverage;
    private final String today;
    private final String clientTexts;

    public MapEditorView(String persona, String projects, String layout, String quotesPerItem, String showCoverage, String today, Texts texts) {
        this.persona = persona;
        this.projects = projects;
        this.layout = layout;
        this.quotesPerItem = quotesPerItem;
        this.showCoverage = showCoverage;
        this.today = today;
        this.clientTexts = ClientTexts.mapJson(texts);
    }

    public String getPersona() {
        return persona;
    }

    public String getProjects() {
        return projects;
    }

    public String getLayout() {
        return layout;
    }

    public String getQuotesPerItem() {
        return quotesPerItem;
    }

    public String getShowCoverage() {
        return showCoverage;
    }

    /** Jira's today (YYYY-MM-DD): a re-confirmation says "still true as of" this day. */
    public String getToday() {
        return today;
    }

    /** JSON of the script's texts from the i18n bundle; the renderer escapes it into a data- attribute. */
    public String getClientTexts() {
        return clientTexts;
    }
}
