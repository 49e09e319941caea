package com.empathyevidence.view;

/** One choice of a select: its value, its label and whether it is the one chosen. */
public final class OptionView {
    private final String value;
    private final String label;
    private final boolean selected;

    OptionView(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
