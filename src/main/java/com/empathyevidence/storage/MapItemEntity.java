package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One statement on a persona's map. */
@Preload
@Table("MAP_ITEM")
public interface MapItemEntity extends Entity {

    @NotNull
    @Indexed
    String getPersonaKey();
    void setPersonaKey(String personaKey);

    @NotNull
    String getSection();
    void setSection(String section);

    /** Up to 300 code points (Limits.STATEMENT_MAX), 600 UTF-16 units: more than AO's longest VARCHAR, so unlimited. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getStatement();
    void setStatement(String statement);
}
