package com.empathyevidence.rest;

import com.empathyevidence.domain.Validator;

/**
 * Ids in request bodies. Every id the app gives out is a whole number from 1 to {@link Integer#MAX_VALUE} (the hosts'
 * Active Objects keys); a body id outside that range names nothing and is refused as a field error, never narrowed
 * to another id. Path ids outside it are simply not found (the store never reads a row for them).
 */
final class Ids {

    static final long MAX = Integer.MAX_VALUE;

    private Ids() {
    }

    /** Adds a field error for a body id that no evidence, map item or link can have; null (absent) is left to the use case. */
    static Validator body(Validator v, String field, Long id) {
        if (id != null && (id < 1 || id > MAX)) {
            v.error(field, "empathy.validation.id", Integer.MAX_VALUE);
        }
        return v;
    }
}
