package com.empathyevidence.app;

import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The CSV import's own persistence, beside {@link EvidenceStore}: which rows of a file are already stored, and the
 * import of the rows together with the issue links the file asks for, in one transaction.
 */
public interface CsvImportStore {

    /**
     * For each draft (by its index in {@code drafts}) that is the same as an active piece already stored in one of
     * {@code projects}: that piece (the oldest, when several are). The same means {@link com.empathyevidence.domain.SameEvidence}: equal text,
     * participant alias, source (kind, title, link, moment) and observed date. One query per 500 observed dates.
     */
    Map<Integer, Stored> sameAs(List<NewEvidence> drafts, Collection<String> projects);

    /**
     * {@link EvidenceStore#importEvidence(List, EvidenceStore.ImportListener)}, and in the same transaction one link
     * per piece whose {@code links} entry (same index) is not null: all of it or nothing.
     */
    EvidenceStore.Imported importLinked(List<NewEvidence> drafts, List<RowLink> links, String linkedBy,
                                        EvidenceStore.ImportListener listener);

    /** A stored piece a row is the same as: its id, who recorded it and when (an ISO instant). */
    record Stored(long id, String createdBy, String createdAt) {
    }

    /** The issue a row links its piece to, and how. */
    record RowLink(String issueKey, Relation relation) {
    }
}
