package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * Who keeps a piece of evidence fresh, and by when it needs a look. One place for the rule: the owner is the person
 * named as owner, or, while nobody was named, whoever recorded the piece; the review-by date is the first day the
 * freshness rule calls it stale (the day after its last non-stale day), so re-confirming moves it on.
 */
public final class Ownership {

    private Ownership() {
    }

    /** The owner of a piece: the named owner, else who recorded it (null only when neither is known). */
    public static String ownerOf(String namedOwner, String recordedBy) {
        return namedOwner == null || namedOwner.isBlank() ? recordedBy : namedOwner;
    }

    /** The owner of a piece whose named owner is {@code namedOwner} (null when none was named). */
    public static String ownerOf(Evidence evidence, String namedOwner) {
        return ownerOf(namedOwner, evidence.createdBy());
    }

    /** The day by which the owner should re-confirm or retire the piece: the first day it is stale. */
    public static LocalDate reviewBy(FreshnessAssessment freshness) {
        return freshness.staleAfter().plusDays(1);
    }
}
