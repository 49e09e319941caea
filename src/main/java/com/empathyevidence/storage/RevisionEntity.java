package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim on one version of a persona ({@code TARGET} "persona:KEY") or a map item ("item:ID"). An edit from
 * version v inserts "TARGET|v+1"; the unique key lets exactly one of two simultaneous edits win on every database.
 * The current version of a target is the highest claimed; that row says who made it and when.
 */
@Preload
@Table("REVISION")
public interface RevisionEntity extends Entity {

    @NotNull
    @Unique
    String getClaimKey();
    void setClaimKey(String claimKey);

    @NotNull
    @Indexed
    String getTarget();
    void setTarget(String target);

    /** The persona the target is or belongs to, so one query reads a persona's and all its items' revisions. */
    @NotNull
    @Indexed
    String getPersonaKey();
    void setPersonaKey(String personaKey);

    @NotNull
    Integer getVersion();
    void setVersion(Integer version);

    String getEditedBy();
    void setEditedBy(String editedBy);

    String getEditedByName();
    void setEditedByName(String editedByName);

    String getEditedAt();
    void setEditedAt(String editedAt);
}
