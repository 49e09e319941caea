package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The digest (issue 16): a claimed week, e.g. "2026-W49". Unique: one claim per week across the cluster. */
@Preload
@Table("DIGEST_WEEK")
public interface DigestWeekEntity extends Entity {

    @NotNull
    @Unique
    String getWeek();
    void setWeek(String week);

    /** ISO-8601 instant of the claim. */
    @NotNull
    String getClaimedAt();
    void setClaimedAt(String claimedAt);
}
