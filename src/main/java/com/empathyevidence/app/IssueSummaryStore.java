package com.empathyevidence.app;

import java.util.Optional;

/**
 * The port through which the app keeps an issue's evidence summary on the issue itself. The Jira adapter writes a
 * Jira issue property, which Jira indexes for JQL; nothing here knows of Atlassian.
 */
public interface IssueSummaryStore {

    /** The summary JSON stored on the issue, if any. */
    Optional<String> read(String issueKey);

    /** Stores the summary JSON on the issue; does nothing when the issue does not exist. */
    void write(String issueKey, String json);

    /**
     * Stores the summary JSON unless the issue already holds exactly it; whether it wrote. One look-up of the issue
     * for both (the daily refresh asks this of every linked issue).
     */
    default boolean writeIfChanged(String issueKey, String json) {
        if (read(issueKey).map(json::equals).orElse(false)) {
            return false;
        }
        write(issueKey, json);
        return true;
    }
}
