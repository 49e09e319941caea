package com.empathyevidence.app;

import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.Section;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stored groups of personas' maps ({@link MapGroup}) and the reads that recompute one. Every write that changes
 * what a group holds marks it dirty (a new random dirty token, in the write's transaction or after its commit); a
 * recompute reads the dirty token before the pieces and stores it as the clean token, so a write that lands in between
 * leaves the group dirty. A group is current when its tokens are equal, its stamp (the freshness policy) is the
 * current one and the day is not before the day it was computed for: a later day's facts come from the stored ones
 * ({@link MapGroup#on}), without the pieces.
 */
public interface MapGroupStore {

    /** One stored group row; {@code group} is null when it was never computed (or cannot be read). */
    record Stored(long rowId, long itemId, Section section, String dirtyToken, String cleanToken, String stamp, MapGroup group) {
        public boolean current(String currentStamp, java.time.LocalDate today) {
            return group != null && dirtyToken != null && dirtyToken.equals(cleanToken) && currentStamp.equals(stamp)
                    && group.validOn(today);
        }

        /** The stored facts brought to {@code today} (a current row only). */
        public MapGroup groupOn(java.time.LocalDate today) {
            return group.on(today);
        }
    }

    /** One backing row: its id (the backing order) and the piece. */
    record BackingRow(long rowId, long evidenceId) {
    }

    /** Every group row of the persona (one statement). */
    List<Stored> groups(String personaKey);

    /** A new row for a group never stored, already dirty (committed before its pieces are read). */
    Stored create(String personaKey, long itemId, Section section);

    /** The row's dirty token now (read just before the pieces of a recompute). */
    String dirtyToken(long rowId);

    /**
     * Stores the recomputed facts and {@code cleanToken}; never writes the dirty token. False when the row is gone, or
     * when the database refused the save each time it was tried (a simultaneous save of the same group on another node:
     * the group is then recomputed at its next use).
     */
    boolean saveClean(long rowId, String cleanToken, String stamp, MapGroup group);

    /** The item's backing rows, in backing order. */
    List<BackingRow> backingOf(long itemId);

    /** Ids of the persona's active pieces in the section that back none of the persona's items. */
    List<Long> unsortedIds(String personaKey, Section section);

    /** For each of these pieces, the ids of the items it backs. */
    Map<Long, List<Long>> itemsBacked(Collection<Long> evidenceIds);

    /**
     * What every group is computed under, in short: the freshness policy (shelf lives, aging thresholds). One
     * statement. (A participant's change marks the groups of its pieces instead: a new participant changes nothing.)
     */
    String stamp();

    /** Removes every group row of the persona (it is then recomputed on its next view). */
    void forget(String personaKey);
}
