package com.empathyevidence.domain;

import java.time.Instant;

/** A Jira issue linked to a piece of evidence or a map item, with its relation; who linked it, when, and why. */
public record IssueLink(long id, String issueKey, LinkTarget target, Relation relation, String linkedBy,
                        Instant linkedAt, String note) {
}
