package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.empathyevidence.domain.EvidenceQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.java.ao.Query;

/**
 * The WHERE clause of an evidence search, in one place: what {@code GET /evidence} and the library page filter on
 * (text words, persona, section, source kind, kind, project, status, observed dates, the projects the reader may
 * browse, participant). Sorting and paging are the caller's.
 */
final class EvidenceClauses {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private EvidenceClauses() {
    }

    static EvidenceClauses of(ActiveObjects ao, EvidenceQuery q) {
        EvidenceClauses c = new EvidenceClauses();
        if (q.text() != null && !q.text().isBlank()) {
            for (String word : q.text().trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                c.clauses.add("SEARCH_TEXT LIKE ?");
                c.params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        c.add("PERSONA_KEY = ?", q.personaKey());
        c.add("SECTION = ?", q.section() == null ? null : q.section().name());
        c.add("SOURCE_KIND = ?", q.sourceKind() == null ? null : q.sourceKind().name());
        c.add("KIND = ?", q.kind() == null ? null : q.kind().name());
        c.add("PROJECT_KEY = ?", q.projectKey());
        c.add("STATUS = ?", q.status() == null ? null : q.status().name());
        c.add("OBSERVED_ON >= ?", q.observedFrom() == null ? null : q.observedFrom().toString());
        c.add("OBSERVED_ON <= ?", q.observedTo() == null ? null : q.observedTo().toString());
        if (q.projectKeys() != null) {
            if (q.projectKeys().isEmpty()) {
                c.clauses.add("PROJECT_KEY IS NULL");
            } else {
                c.clauses.add("(PROJECT_KEY IN (" + String.join(",", Collections.nCopies(q.projectKeys().size(), "?")) + ") OR PROJECT_KEY IS NULL)");
                c.params.addAll(q.projectKeys());
            }
        }
        if (q.participantAlias() != null && !q.participantAlias().isBlank()) {
            ParticipantEntity[] p = ao.find(ParticipantEntity.class, Query.select().where("ALIAS = ?", q.participantAlias()));
            c.clauses.add("PARTICIPANT_ID = ?");
            c.params.add(p.length == 0 ? -1 : p[0].getID());
        }
        return c;
    }

    private void add(String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.add(value);
        }
    }

    /** These clauses and one more (null: none), as a query selecting {@code columns}. */
    Query select(String columns, String extra, Object... extraParams) {
        List<String> all = new ArrayList<>(clauses);
        List<Object> values = new ArrayList<>(params);
        if (extra != null) {
            all.add(extra);
            values.addAll(List.of(extraParams));
        }
        Query query = columns == null ? Query.select() : Query.select(columns);
        return all.isEmpty() ? query : query.where(String.join(" AND ", all), values.toArray());
    }

    /** ORDER BY of a sort. */
    static String order(EvidenceQuery.Sort sort) {
        return switch (sort == null ? EvidenceQuery.Sort.OBSERVED_DESC : sort) {
            case OBSERVED_DESC -> "OBSERVED_ON DESC, ID DESC";
            case OBSERVED_ASC -> "OBSERVED_ON ASC, ID ASC";
            case CREATED_DESC -> "ID DESC";
            case CREATED_ASC -> "ID ASC";
        };
    }
}
