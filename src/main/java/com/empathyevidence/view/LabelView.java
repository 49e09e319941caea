package com.empathyevidence.view;

/** A key (for CSS, form values and tests) and a sentence: a warning, a part of the strength breakdown, an option. */
public final class LabelView {
    private final String key;
    private final String text;

    LabelView(String key, String text) {
        this.key = key;
        this.text = text;
    }

    public String getKey() {
        return key;
    }

    public String getText() {
        return text;
    }
}
