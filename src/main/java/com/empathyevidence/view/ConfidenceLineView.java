package com.empathyevidence.view;

/** One GRADE-CERQual component in words: its name and concern as keys (for CSS and tests) and the sentence. */
public final class ConfidenceLineView {
    private final String component;
    private final String concern;
    private final String text;

    ConfidenceLineView(String component, String concern, String text) {
        this.component = component;
        this.concern = concern;
        this.text = text;
    }

    /** methods, coherence, adequacy or relevance. */
    public String getComponent() {
        return component;
    }

    /** none, minor, moderate or serious. */
    public String getConcern() {
        return concern;
    }

    /** "Adequacy: minor concerns. 5 supporting pieces from 4 participants; …". */
    public String getText() {
        return text;
    }
}
