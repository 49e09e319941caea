package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim on one version of a piece of evidence. An edit from version v inserts the claim "id|v+1"; the unique
 * key lets exactly one of two simultaneous edits win, on every database, so no update is ever silently lost.
 */
@Preload
@Table("EDIT")
public interface EditEntity extends Entity {

    @NotNull
    @Unique
    String getEditKey();
    void setEditKey(String editKey);

    @NotNull
    @Indexed
    Integer getEvidenceId();
    void setEvidenceId(Integer evidenceId);

    String getEditedBy();
    void setEditedBy(String editedBy);

    String getEditedAt();
    void setEditedAt(String editedAt);
}
