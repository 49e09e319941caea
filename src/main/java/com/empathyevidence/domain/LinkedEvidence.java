package com.empathyevidence.domain;

import java.time.Instant;

/**
 * A piece of evidence as linked to one Jira issue: directly, or through a map item it backs.
 *
 * @param viaMapItem the map item the issue links when the evidence comes through it; null for a direct link
 */
public record LinkedEvidence(Evidence evidence, Relation relation, String linkedBy, Instant linkedAt, String note,
                             MapItem viaMapItem) {

    public LinkedEvidence(Evidence evidence, Relation relation, String linkedBy, Instant linkedAt, String note) {
        this(evidence, relation, linkedBy, linkedAt, note, null);
    }
}
