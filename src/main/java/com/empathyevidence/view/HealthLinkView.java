package com.empathyevidence.view;

/**
 * A link of the evidence health page that asks for another page of it (a filter, a sort, the pager): its label, its
 * address relative to the project page, the query the page's script sends to REST, and whether it is the current one.
 */
public final class HealthLinkView {
    private final String key;
    private final String label;
    private final String href;
    private final String query;
    private final boolean current;
    private final String sortState;

    HealthLinkView(String key, String label, String href, String query, boolean current, String sortState) {
        this.key = key;
        this.label = label;
        this.href = href;
        this.query = query;
        this.current = current;
        this.sortState = sortState;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getHref() {
        return href;
    }

    public String getQuery() {
        return query;
    }

    public boolean isCurrent() {
        return current;
    }

    /** For a column header: ascending, descending or none (aria-sort). */
    public String getSortState() {
        return sortState;
    }
}
