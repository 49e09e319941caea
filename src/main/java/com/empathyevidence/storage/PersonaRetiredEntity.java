package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The retirement of a persona (at most one per persona: the unique key); restoring the persona deletes it. */
@Preload
@Table("PERSONA_RETIRED")
public interface PersonaRetiredEntity extends Entity {

    @NotNull
    @Unique
    String getPersonaKey();
    void setPersonaKey(String personaKey);

    /** Up to 500 code points (Limits.REASON_MAX): more than AO's longest VARCHAR in UTF-16 units, so unlimited. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);

    String getRetiredBy();
    void setRetiredBy(String retiredBy);

    String getRetiredByName();
    void setRetiredByName(String retiredByName);

    @NotNull
    String getRetiredAt();
    void setRetiredAt(String retiredAt);
}
