package com.empathyevidence.view;

/** A Jira issue that covers a pain. */
public final class MapIssueView {
    private final String key;
    private final String summary;
    private final String status;
    private final String url;

    MapIssueView(String key, String summary, String status, String url) {
        this.key = key;
        this.summary = summary;
        this.status = status;
        this.url = url;
    }

    /** The issue in Jira, or null when Jira's address is not a web address. */
    public String getUrl() {
        return url;
    }

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public String getStatus() {
        return status;
    }
}
