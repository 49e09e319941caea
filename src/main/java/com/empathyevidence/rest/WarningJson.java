package com.empathyevidence.rest;

import com.empathyevidence.domain.Warning;

/** One warning about an issue's evidence, most serious first in lists. */
public class WarningJson {
    /** NO_EVIDENCE, ALL_STALE, COUNTER_EVIDENCE, RETIRED_LINKED, ONE_PARTICIPANT or TURNING_STALE. */
    public String type;
    public int count;
    public String date;

    public static WarningJson of(Warning w) {
        WarningJson json = new WarningJson();
        json.type = w.type().name();
        json.count = w.count();
        json.date = w.date() == null ? null : w.date().toString();
        return json;
    }
}
