package com.empathyevidence.app;

import java.time.LocalDate;
import java.util.List;

/**
 * One recipient's weekly digest (issue 16): their evidence turning stale soon, each with the open issues resting on it
 * that they may browse. Open re-confirmation requests are not in it yet: {@link #requests()} is the hook for them
 * (owners and requests are built on another branch; the integrator fills it and the message lists them).
 *
 * @param week     the ISO week, e.g. "2026-W49"
 * @param items    the pieces, most open issues first
 * @param requests open re-confirmation requests on the recipient's evidence (empty until requests exist)
 */
public record Digest(String week, DigestHost.Recipient recipient, List<Item> items, List<String> requests) {

    /** One piece turning stale: its id, text, project, the day it turns stale, and the open issues resting on it. */
    public record Item(long evidenceId, String text, String projectKey, LocalDate staleOn, List<IssueRef> openIssues) {
    }

    /** Whether there is anything to send. */
    public boolean isEmpty() {
        return items.isEmpty() && requests.isEmpty();
    }
}
