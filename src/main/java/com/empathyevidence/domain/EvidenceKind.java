package com.empathyevidence.domain;

/** A verbatim quote, or an observation (what someone was seen doing, or a metric). */
public enum EvidenceKind {
    QUOTE, OBSERVATION
}
