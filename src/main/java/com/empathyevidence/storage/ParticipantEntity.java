package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
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

    // Added for consent, optimistic concurrency and tombstones (issue 12): version, and the alias an erasure removed.

    @NotNull
    @Default("1")
    int getVersion();
    void setVersion(int version);

    /** After erasure: the alias the participant had, kept so that it is never used again. */
    @Indexed
    String getErasedAlias();
    void setErasedAlias(String erasedAlias);

    /** After erasure: the date (yyyy-MM-dd, UTC) it was erased on. */
    String getErasedOn();
    void setErasedOn(String erasedOn);
}
