package com.empathyevidence.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recipient's weekly digest (issues 16 and 17): their evidence turning stale soon, each with the open issues resting
 * on it that they may browse; the open re-confirmation requests on their evidence; and the issues addressing pains
 * their evidence backs that were resolved since the last digest (closing the loop). Only what they may browse.
 *
 * @param week     the ISO week, e.g. "2026-W49"
 * @param items    the pieces, most open issues first
 * @param requests open re-confirmation requests on the recipient's evidence, oldest first
 * @param resolved issues addressing the recipient's pains resolved in the digest's window, by resolution date
 */
public record Digest(String week, DigestHost.Recipient recipient, List<Item> items, List<Request> requests, List<Resolved> resolved) {

    /** One piece turning stale: its id, text, project, the day it turns stale, and the open issues resting on it. */
    public record Item(long evidenceId, String text, String projectKey, LocalDate staleOn, List<IssueRef> openIssues) {
    }

    /**
     * One open request to re-confirm a piece of the recipient's: the piece, who asked (their full name), when, and
     * their note ("" when they left none).
     */
    public record Request(long evidenceId, String text, String projectKey, String requestedBy, Instant requestedAt, String note) {
    }

    /** A resolved issue that addresses pains the recipient's evidence backs, with those pains' statements. */
    public record Resolved(IssueRef issue, List<String> pains) {
    }

    /** Whether there is anything to send. */
    public boolean isEmpty() {
        return items.isEmpty() && requests.isEmpty() && resolved.isEmpty();
    }
}
