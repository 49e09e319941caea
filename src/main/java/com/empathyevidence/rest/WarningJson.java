package com.empathyevidence.rest;

import com.empathyevidence.domain.Warning;

/** One warning about an issue's evidence, most serious first in lists. */
public class WarningJson {
    /**
     * NO_EVIDENCE, ALL_STALE, COUNTER_EVIDENCE, STALE_COUNTER_EVIDENCE, RETIRED_LINKED, THIN_EVIDENCE,
     * UNATTRIBUTED_EVIDENCE, ONE_PARTICIPANT, SOME_STALE or TURNING_STALE (docs/evidence-strength.md, section 3).
     */
    public String type;
    /** How many pieces it concerns. */
    public int count;
    /** TURNING_STALE: the first day one of them is stale; otherwise null. */
    public String date;
    /** How many active pieces the issue rests on ("2 of 6 pieces are stale"). */
    public int of;

    public static WarningJson of(Warning w) {
        WarningJson json = new WarningJson();
        json.type = w.type().name();
        json.count = w.count();
        json.date = w.date() == null ? null : w.date().toString();
        json.of = w.of();
        return json;
    }
}
