package com.empathyevidence.rest;

/** What saving a freshness policy would do: counts of active evidence changing state, and the sentence saying so. */
public class PolicyEffectJson {
    @ApiField(example = "14")
    public long turnStale;
    @ApiField(example = "3")
    public long turnFresh;
    @ApiField(example = "14 pieces of evidence would turn stale, 3 would be fresh again.")
    public String message;
}
