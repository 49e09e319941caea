package com.empathyevidence.rest;

import com.empathyevidence.domain.Strength;

/** Evidence strength with its breakdown; the formula is in docs/evidence-strength.md. */
public class StrengthJson {
    public int score;
    /** HIGH, MEDIUM or LOW. */
    @ApiField(enumOf = com.empathyevidence.domain.Strength.Band.class, example = "MEDIUM")
    public String band;
    public int breadth;
    public int diversity;
    public int recency;
    public int method;
    public int penalty;
    public int participants;
    public int kinds;
    public int segments;

    public static StrengthJson of(Strength s) {
        StrengthJson json = new StrengthJson();
        json.score = s.score();
        json.band = s.band().name();
        json.breadth = s.breadth();
        json.diversity = s.diversity();
        json.recency = s.recency();
        json.method = s.method();
        json.penalty = s.penalty();
        json.participants = s.participants();
        json.kinds = s.kinds();
        json.segments = s.segments();
        return json;
    }
}
