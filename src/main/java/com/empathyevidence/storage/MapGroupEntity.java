package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One group of a persona's map (an item's backing, or a section's unsorted pieces): its viewer-independent facts per
 * owning project, as of a day ({@code app/MapGroupStore}, {@code domain/MapGroup}). Every write that changes what the
 * group holds writes a new {@code DIRTY_TOKEN}; a recompute stores the dirty token it read before the pieces as
 * {@code CLEAN_TOKEN}, so the group is current while the two are equal. Not preloaded: every read names its columns,
 * so that marking reads two short columns, never the facts.
 */
@Table("MAP_GROUP")
public interface MapGroupEntity extends Entity {

    @NotNull
    @Indexed
    String getPersonaKey();
    void setPersonaKey(String personaKey);

    /** The map item; 0 for the section's unsorted pieces. */
    @NotNull
    @Indexed
    Integer getItemId();
    void setItemId(Integer itemId);

    /** The section (of the unsorted pieces; of the item when the group was made). */
    String getSection();
    void setSection(String section);

    String getDirtyToken();
    void setDirtyToken(String dirtyToken);

    String getCleanToken();
    void setCleanToken(String cleanToken);

    /** The policies and participants the facts were computed under, in short. */
    String getStamp();
    void setStamp(String stamp);

    /** The facts (JSON, {@code MapGroupCodec}); null until first computed. */
    @StringLength(StringLength.UNLIMITED)
    String getFacts();
    void setFacts(String facts);
}
