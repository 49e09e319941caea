package com.empathyevidence.app;

import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Relation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The evidence library's own persistence, beside {@link com.empathyevidence.domain.EvidenceStore}: what a page of
 * evidence is linked to and backs (a fixed number of queries per page), and the bulk actions, each one transaction.
 */
public interface LibraryStore {

    /**
     * One page of the pieces matching {@code query} (its filters, sort, offset and limit; {@code projectKeys} must
     * already be the reader's), as ids in order, without counting or sorting every match: the count stops at
     * {@code countCap} + 1 matches ({@link Seek#totalCapped}), and when more than {@code countCap} match, a sort by
     * observed date reads only a window of recent (or early) dates, widened until it holds the page, through the
     * (persona or project, observed date) indexes. A fixed number of queries, whatever the data size.
     *
     * @param today where a newest-first window starts (dates after it are always inside)
     */
    Seek seek(com.empathyevidence.domain.EvidenceQuery query, LocalDate today, int countCap);

    /** A page of ids in order; {@code total} is exact unless {@code totalCapped} (then more than it match). */
    record Seek(List<Long> ids, int total, boolean totalCapped, boolean hasNext) {
        public Seek {
            ids = List.copyOf(ids);
        }
    }

    /** For each piece, the issue links made to it directly (pieces without links map to empty lists). */
    Map<Long, List<IssueLink>> linksOf(Collection<Long> evidenceIds);

    /** For each piece, the map items it backs (pieces backing nothing map to empty lists). */
    Map<Long, List<MapItem>> itemsBackedBy(Collection<Long> evidenceIds);

    /** For each piece, its re-confirmations, newest first (pieces never re-confirmed map to empty lists). */
    Map<Long, List<com.empathyevidence.domain.Reconfirmation>> reconfirmationsOf(Collection<Long> evidenceIds);

    /**
     * Writes one bulk action for every piece, all or nothing, in one transaction. Pieces that already have what the
     * action gives (a link, a backing) are left as they are and counted as skipped.
     *
     * @throws com.empathyevidence.domain.Problem CONFLICT when a piece changed so that the action no longer applies
     *         (retired meanwhile); then nothing is written
     */
    BulkDone bulk(BulkWrite write);

    /** One bulk action: which, on which pieces, with what. */
    record BulkWrite(BulkAction action, List<Long> evidenceIds, String by, String note, String reason, LocalDate confirmedOn,
                     String issueKey, Relation relation, Long mapItemId, java.util.Map<Long, String> notes) {
        public BulkWrite {
            evidenceIds = List.copyOf(evidenceIds);
            notes = notes == null ? java.util.Map.of() : java.util.Map.copyOf(notes);
        }

        public BulkWrite(BulkAction action, List<Long> evidenceIds, String by, String note, String reason, LocalDate confirmedOn,
                         String issueKey, Relation relation, Long mapItemId) {
            this(action, evidenceIds, by, note, reason, confirmedOn, issueKey, relation, mapItemId, java.util.Map.of());
        }

        /** The note a piece gets: its own (re-confirm, one note each) or the one for all ({@link com.empathyevidence.domain.Reconfirmation#noteFor}). */
        public String noteFor(long evidenceId) {
            return com.empathyevidence.domain.Reconfirmation.noteFor(evidenceId, note, notes);
        }
    }

    /** What a bulk action did: the pieces changed and the pieces that already had it. */
    record BulkDone(List<Long> changed, List<Long> skipped) {
        public BulkDone {
            changed = List.copyOf(changed);
            skipped = List.copyOf(skipped);
        }
    }

    /** The bulk actions of the library. */
    enum BulkAction { RECONFIRM, RETIRE, LINK, BACK }
}
