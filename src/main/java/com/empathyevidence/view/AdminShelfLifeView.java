package com.empathyevidence.view;

/** One source kind's shelf life on the configuration page. */
public final class AdminShelfLifeView {

    private final String kind;
    private final String label;
    private final int days;
    private final String hint;

    AdminShelfLifeView(String kind, String label, int days, String hint) {
        this.kind = kind;
        this.label = label;
        this.days = days;
        this.hint = hint;
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public int getDays() {
        return days;
    }

    public String getHint() {
        return hint;
    }
}
