package com.empathyevidence.view;

/**
 * validation (issue 17): "Being validated in DEMO-12 (To Do)" on an assumption, from the bundle's one sentence
 * ({@code empathy.map.validation.line}, {0} the issue key, {1} its status): the words around the key, so the key can be
 * a link and every part is still escaped by the renderer.
 */
public final class ValidationLineView {
    private final String before;
    private final String key;
    private final String url;
    private final String after;
    private final String summary;

    ValidationLineView(String key, String status, String summary, String url, Texts texts) {
        String marker = "\u0000KEY\u0000";
        String line = texts.get("empathy.map.validation.line", marker, status == null ? "" : status);
        int at = line.indexOf(marker);
        this.before = at < 0 ? line + " " : line.substring(0, at);
        this.after = at < 0 ? "" : line.substring(at + marker.length());
        this.key = key;
        this.url = url;
        this.summary = summary == null ? "" : summary;
    }

    public String getBefore() {
        return before;
    }

    public String getKey() {
        return key;
    }

    /** The issue in Jira (http or https only), or null when Jira's address is not known. */
    public String getUrl() {
        return url;
    }

    public String getAfter() {
        return after;
    }

    /** The summary, as the link's title. */
    public String getSummary() {
        return summary;
    }
}
