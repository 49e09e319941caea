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
}
