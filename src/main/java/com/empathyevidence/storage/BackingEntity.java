package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A piece of evidence backing a map item. */
@Preload
@Table("BACKING")
public interface BackingEntity extends Entity {

    /** mapItemId|evidenceId: unique. */
    @NotNull
    @Unique
    String getBackingKey();
    void setBackingKey(String backingKey);

    @NotNull
    @Indexed
    Integer getMapItemId();
    void setMapItemId(Integer mapItemId);

    @NotNull
    @Indexed
    Integer getEvidenceId();
    void setEvidenceId(Integer evidenceId);
}
