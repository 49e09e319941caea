package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A persona, found by its key (unique). */
@Preload
@Table("PERSONA")
public interface PersonaEntity extends Entity {

    @NotNull
    @Unique
    String getPersonaKey();
    void setPersonaKey(String personaKey);

    @NotNull
    String getName();
    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);
}
