package com.empathyevidence.domain;

/** How a Jira issue relates to a piece of evidence or a map item. */
public enum Relation {
    /** The issue addresses this pain or need. */
    ADDRESSES,
    /** The evidence argues for doing the issue. */
    SUPPORTS,
    /** Counter-evidence: argues against the issue. */
    CONTRADICTS
}
