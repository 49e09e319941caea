package com.empathyevidence.domain;

/** Active evidence counts; retired evidence (with a reason, and perhaps a successor) is kept but no longer counts. */
public enum EvidenceStatus {
    ACTIVE, RETIRED
}
