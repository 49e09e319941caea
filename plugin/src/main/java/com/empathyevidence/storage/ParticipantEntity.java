package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A pseudonymous participant, found by alias. */
@Preload
@Table("PARTICIPANT")
public interface ParticipantEntity extends Entity {

    @NotNull
    @Indexed
    String getAlias();
    void setAlias(String alias);

    String getSegment();
    void setSegment(String segment);

    String getRole();
    void setRole(String role);
}
