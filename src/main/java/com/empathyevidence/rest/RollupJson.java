package com.empathyevidence.rest;

import com.empathyevidence.domain.ItemRollup;

/** What backs a map item. */
public class RollupJson {
    public int evidenceCount;
    public int participants;
    @ApiField(format = "date", example = "2026-11-02")
    public String freshest;
    @ApiField(format = "date", example = "2026-11-02")
    public String oldest;
    @ApiField(enumOf = com.empathyevidence.domain.Freshness.class, example = "FRESH")
    public String freshness;
    /**
     * True when no active evidence backs the item. False when only evidence the caller may not see backs it: then
     * {@code evidenceCount} is 0 and {@code hiddenEvidence} says how much there is.
     */
    public boolean assumption;
    /** Active backing evidence in Jira projects the caller may not browse: counted, never shown. */
    public int hiddenEvidence;

    public static RollupJson of(ItemRollup r) {
        RollupJson json = new RollupJson();
        json.evidenceCount = r.evidenceCount();
        json.participants = r.participants();
        json.freshest = r.freshest() == null ? null : r.freshest().toString();
        json.oldest = r.oldest() == null ? null : r.oldest().toString();
        json.freshness = r.freshness() == null ? null : r.freshness().name();
        json.assumption = r.assumption();
        json.hiddenEvidence = r.hiddenEvidence();
        return json;
    }
}
