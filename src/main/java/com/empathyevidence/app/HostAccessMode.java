package com.empathyevidence.app;

/**
 * The host's access mode, asked before the app writes anything: while an administrator has put the host into
 * read-only mode for maintenance, reads go on and nothing is written (REST writes answer 503, the panel and the map
 * drop their write controls, the scheduled work skips its writes). One adapter per host: Confluence asks its
 * {@code AccessModeService}; Jira offers plugins no such API (see {@code jira/JiraAccessMode}).
 */
public interface HostAccessMode {

    /** True while the host is in read-only mode. */
    boolean readOnly();

    /** The i18n key of the one line that says so, naming the host and what to do. */
    String messageKey();
}
