package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * Something a product manager should know about the evidence behind an issue.
 *
 * @param count how many pieces it concerns (0 when not applicable)
 * @param date  for TURNING_STALE, the earliest day one of them turns stale; otherwise null
 * @param of    how many active pieces the issue rests on (the "6" of "2 of 6 pieces are stale")
 */
public record Warning(Type type, int count, LocalDate date, int of) {

    public Warning(Type type, int count, LocalDate date) {
        this(type, count, date, 0);
    }

    /** In order of seriousness: the first is the most serious. */
    public enum Type {
        NO_EVIDENCE, ALL_STALE, COUNTER_EVIDENCE, STALE_COUNTER_EVIDENCE, RETIRED_LINKED, THIN_EVIDENCE,
        UNATTRIBUTED_EVIDENCE, ONE_PARTICIPANT, SOME_STALE, TURNING_STALE
    }
}
