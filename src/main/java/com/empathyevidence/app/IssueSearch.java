package com.empathyevidence.app;

import java.util.List;

/**
 * The port to the host's issue search (Jira: JQL through its search service). A search runs as the signed-in user:
 * only issues they may browse are found and counted. Each issue comes with its stored evidence summary (the issue
 * property {@value IssueSummary#PROPERTY_KEY}), or null when the app has never written one.
 */
public interface IssueSearch {

    /** One issue found. */
    record Found(String issueKey, String title, String status, IssueSummary summary) {
    }

    /** One page of issues and how many match in all. */
    record Page(List<Found> issues, int total) {
    }

    /** The query was refused by the host (its message, for the log; the user gets the app's words). */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** Runs the JQL as the signed-in user: the issues from {@code start}, at most {@code limit}, and the total. */
    Page search(String jql, int start, int limit);
}
