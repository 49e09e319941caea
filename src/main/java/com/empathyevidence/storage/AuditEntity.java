package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Who did what to whom, and when; for erasure never what was erased. */
@Preload
@Table("AUDIT")
public interface AuditEntity extends Entity {

    @NotNull
    String getAction();
    void setAction(String action);

    String getSubject();
    void setSubject(String subject);

    String getActor();
    void setActor(String actor);

    @NotNull
    String getAt();
    void setAt(String at);
}
