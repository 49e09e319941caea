package com.empathyevidence.view;

/** A Jira issue that covers a pain. */
public final class MapIssueView {
    private final String key;
    private final String summary;
    private final String status;
    private final String url;
    private final String delivery;
    private final String deliveryClass;

    MapIssueView(String key, String summary, String status, String url) {
        this(key, summary, status, url, "", "");
    }

    MapIssueView(String key, String summary, String status, String url, String delivery, String deliveryClass) {
        this.key = key;
        this.summary = summary;
        this.status = status;
        this.url = url;
        this.delivery = delivery;
        this.deliveryClass = deliveryClass;
    }

    /** Where the work stands: "Done 3 days ago", "In progress", "To do". */
    public String getDelivery() {
        return delivery;
    }

    /** The status lozenge's colour, as Jira colours status categories: success (done), current (in progress), or none. */
    public String getDeliveryClass() {
        return deliveryClass;
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
