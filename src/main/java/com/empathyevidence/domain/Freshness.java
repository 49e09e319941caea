package com.empathyevidence.domain;

/** How current a piece of evidence is against the shelf life of its source kind. */
public enum Freshness {
    FRESH, AGING, STALE
}
