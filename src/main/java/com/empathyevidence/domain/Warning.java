package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * Something a product manager should know about the evidence behind an issue.
 *
 * @param count how many pieces it concerns (0 when not applicable)
 * @param date  for TURNING_STALE, the earliest day one of them turns stale; otherwise null
 */
public record Warning(Type type, int count, LocalDate date) {

    /** In order of seriousness: the first is the most serious. */
    public enum Type { NO_EVIDENCE, ALL_STALE, COUNTER_EVIDENCE, RETIRED_LINKED, ONE_PARTICIPANT, TURNING_STALE }
}
