package com.empathyevidence.domain;

import java.time.Instant;

/** A piece of evidence as linked to one Jira issue. */
public record LinkedEvidence(Evidence evidence, Relation relation, String linkedBy, Instant linkedAt, String note) {
}
