package com.empathyevidence.rest;

/** What saving a freshness policy would do: counts of active evidence changing state, and the sentence saying so. */
public class PolicyEffectJson {
    @ApiField(example = "14")
    public long turnStale;
    @ApiField(example = "3")
    public long turnFresh;
    /** Fresh pieces that would turn aging. */
    @ApiField(example = "3")
    public long turnAging;
    /** Aging pieces that would be fresh again. */
    @ApiField(example = "0")
    public long backToFresh;
    @ApiField(example = "14 pieces of evidence would turn stale, 3 would be fresh again. 3 pieces would turn aging, none would go from aging back to fresh.")
    public String message;
}
