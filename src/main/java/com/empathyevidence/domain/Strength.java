package com.empathyevidence.domain;

/**
 * Evidence strength of one issue, 0–100, with its breakdown (see {@link StrengthRule} for the formula).
 *
 * @param participants distinct participants behind the supporting evidence
 * @param kinds        distinct source kinds behind it
 * @param segments     distinct participant segments behind it
 */
public record Strength(int score, Band band, int breadth, int diversity, int recency, int method, int penalty,
                       int participants, int kinds, int segments) {

    /** A RICE-style confidence band. */
    public enum Band { HIGH, MEDIUM, LOW }
}
