package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An assumption claimed while one person's validation task is being created (issue 17): one row per map item at most
 * (the unique key is what keeps two nodes of a cluster from both claiming it), removed when the task is recorded, or
 * taken over when its hold has run out ({@link com.empathyevidence.domain.ValidationTask#CLAIM_HOLD}). A passing state,
 * not research: the archive does not carry it.
 */
@Table("VALIDATION_CLAIM")
public interface ValidationClaimEntity extends Entity {

    @NotNull
    @Unique
    Integer getMapItemId();
    void setMapItemId(Integer mapItemId);

    @NotNull
    String getClaimedBy();
    void setClaimedBy(String claimedBy);

    /** ISO-8601 instant. */
    @NotNull
    String getClaimedAt();
    void setClaimedAt(String claimedAt);
}
