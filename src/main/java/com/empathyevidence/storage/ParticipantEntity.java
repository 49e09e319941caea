package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A pseudonymous participant, found by alias (unique). */
@Preload
@Table("PARTICIPANT")
public interface ParticipantEntity extends Entity {

    @NotNull
    @Unique
    String getAlias();
    void setAlias(String alias);

    String getSegment();
    void setSegment(String segment);

    String getRole();
    void setRole(String role);

    @NotNull
    @Default("true")
    boolean isConsent();
    void setConsent(boolean consent);

    @NotNull
    @Default("false")
    boolean isErased();
    void setErased(boolean erased);
}
