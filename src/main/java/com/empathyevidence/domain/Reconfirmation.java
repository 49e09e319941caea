package com.empathyevidence.domain;

import java.time.Instant;
import java.time.LocalDate;

/** "Still true as of {@code confirmedOn}": resets the age of a piece of evidence. History is kept. */
public record Reconfirmation(long id, long evidenceId, LocalDate confirmedOn, String note, String author, Instant recordedAt) {

    public static void validate(LocalDate confirmedOn, String note, LocalDate observedOn, LocalDate today) {
        Validator v = new Validator();
        if (confirmedOn == null) {
            v.error("confirmedOn", "empathy.validation.date");
        } else if (confirmedOn.isAfter(today)) {
            v.error("confirmedOn", "empathy.validation.futureDate", today.toString());
        } else if (confirmedOn.isBefore(observedOn)) {
            v.error("confirmedOn", "empathy.validation.beforeObserved", observedOn.toString());
        }
        v.optionalText("note", note, Limits.NOTE_MAX);
        v.check();
    }

    /**
     * The note a piece gets in a bulk re-confirmation (issue 16: "one note for all, or one each"): its own note when the
     * per-piece notes name it (blank: no note, so one piece can go without while the others have one), otherwise the
     * note for all (blank: none). Null means no note.
     *
     * @param each per-piece notes by evidence id (empty: one note for all)
     */
    public static String noteFor(long evidenceId, String forAll, java.util.Map<Long, String> each) {
        String note = each.containsKey(evidenceId) ? each.get(evidenceId) : forAll;
        return note == null || note.isBlank() ? null : note.strip();
    }
}
