package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.LibraryStore;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The library's queries and bulk writes over the same Active Objects entities as {@link AoEvidenceStore}. Reads are
 * a fixed number of queries per 500 pieces; each bulk action is one {@code executeInTransaction}, writing the rows
 * itself (the store's single writes each open their own transaction, which would commit part of the batch).
 */
@JiraComponent
public class AoLibraryQueries implements LibraryStore {

    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public AoLibraryQueries(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** How much a seek's window of dates widens each time it holds too few pieces (1, 4, 16 ... days). */
    private static final int WINDOW_GROWTH = 4;

    @Override
    public Seek seek(com.empathyevidence.domain.EvidenceQuery q, LocalDate today, int countCap) {
        EvidenceClauses where = EvidenceClauses.of(ao, q);
        int found = ao.find(EvidenceEntity.class, where.select("ID", null).limit(countCap + 1)).length;
        boolean capped = found > countCap;
        int need = q.offset() + q.limit() + 1; // one more than the page: whether a next page exists
        String order = EvidenceClauses.order(q.sort());
        String window = null;
        Object bound = null;
        com.empathyevidence.domain.EvidenceQuery.Sort sort = q.sort() == null ? com.empathyevidence.domain.EvidenceQuery.Sort.OBSERVED_DESC : q.sort();
        if (capped && (sort == com.empathyevidence.domain.EvidenceQuery.Sort.OBSERVED_DESC || sort == com.empathyevidence.domain.EvidenceQuery.Sort.OBSERVED_ASC)) {
            // Many match: sorting them all would cost every match. Read a window of dates at the page's end of the
            // order instead, widened (x4) until it holds the page; each probe stops at `need` ids.
            boolean desc = sort == com.empathyevidence.domain.EvidenceQuery.Sort.OBSERVED_DESC;
            LocalDate anchor = desc ? (q.observedTo() != null && q.observedTo().isBefore(today) ? q.observedTo() : today).plusDays(1)
                    : (q.observedFrom() != null && q.observedFrom().isAfter(Limits.EARLIEST_OBSERVATION) ? q.observedFrom() : Limits.EARLIEST_OBSERVATION);
            long span = java.time.temporal.ChronoUnit.DAYS.between(Limits.EARLIEST_OBSERVATION, today.plusDays(2));
            for (long days = 1; days < span; days *= WINDOW_GROWTH) {
                String clause = desc ? "OBSERVED_ON >= ?" : "OBSERVED_ON < ?";
                String edge = (desc ? anchor.minusDays(days) : anchor.plusDays(days)).toString();
                if (ao.find(EvidenceEntity.class, where.select("ID", clause, edge).limit(need)).length >= need) {
                    window = clause;
                    bound = edge;
                    break;
                }
            }
        }
        EvidenceEntity[] page = ao.find(EvidenceEntity.class, (window == null ? where.select("ID, OBSERVED_ON", null)
                : where.select("ID, OBSERVED_ON", window, bound)).order(order).offset(q.offset()).limit(q.limit() + 1));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(page.length, q.limit()); i++) {
            ids.add((long) page[i].getID());
        }
        return new Seek(ids, Math.min(found, countCap), capped, page.length > q.limit());
    }

    @Override
    public Map<Long, List<IssueLink>> linksOf(Collection<Long> evidenceIds) {
        Map<Long, List<IssueLink>> result = new LinkedHashMap<>();
        evidenceIds.forEach(id -> result.put(id, new ArrayList<>()));
        for (IssueLinkEntity e : findIn(IssueLinkEntity.class, "TARGET_ID", keys(evidenceIds), "TARGET_TYPE = ?",
                LinkTarget.Type.EVIDENCE.name())) {
            List<IssueLink> list = result.get((long) e.getTargetId());
            if (list != null) {
                list.add(new IssueLink(e.getID(), e.getIssueKey(), LinkTarget.evidence(e.getTargetId()), Relation.valueOf(e.getRelation()),
                        e.getLinkedBy(), e.getLinkedAt() == null ? null : Instant.parse(e.getLinkedAt()), e.getNote()));
            }
        }
        result.values().forEach(l -> l.sort((a, b) -> a.issueKey().compareTo(b.issueKey())));
        return result;
    }

    @Override
    public Map<Long, List<MapItem>> itemsBackedBy(Collection<Long> evidenceIds) {
        Map<Long, List<MapItem>> result = new LinkedHashMap<>();
        evidenceIds.forEach(id -> result.put(id, new ArrayList<>()));
        List<BackingEntity> backings = findIn(BackingEntity.class, "EVIDENCE_ID", keys(evidenceIds), null);
        Set<Integer> itemIds = new LinkedHashSet<>();
        backings.forEach(b -> itemIds.add(b.getMapItemId()));
        Map<Integer, MapItem> items = new HashMap<>();
        for (MapItemEntity m : findIn(MapItemEntity.class, "ID", itemIds, null)) {
            items.put(m.getID(), new MapItem(m.getID(), m.getPersonaKey(), Section.valueOf(m.getSection()), m.getStatement()));
        }
        for (BackingEntity b : backings) {
            MapItem item = items.get(b.getMapItemId());
            List<MapItem> list = result.get((long) b.getEvidenceId());
            if (item != null && list != null) {
                list.add(item);
            }
        }
        return result;
    }

    @Override
    public Map<Long, List<com.empathyevidence.domain.Reconfirmation>> reconfirmationsOf(Collection<Long> evidenceIds) {
        Map<Long, List<com.empathyevidence.domain.Reconfirmation>> result = new LinkedHashMap<>();
        evidenceIds.forEach(id -> result.put(id, new ArrayList<>()));
        List<ReconfirmationEntity> rows = findIn(ReconfirmationEntity.class, "EVIDENCE_ID", keys(evidenceIds), null);
        rows.sort((a, b) -> {
            int byDate = b.getConfirmedOn().compareTo(a.getConfirmedOn());
            return byDate != 0 ? byDate : Integer.compare(b.getID(), a.getID());
        });
        for (ReconfirmationEntity r : rows) {
            List<com.empathyevidence.domain.Reconfirmation> list = result.get((long) r.getEvidenceId());
            if (list != null) {
                list.add(new com.empathyevidence.domain.Reconfirmation(r.getID(), r.getEvidenceId(), java.time.LocalDate.parse(r.getConfirmedOn()),
                        r.getNote(), r.getAuthor(), r.getRecordedAt() == null ? null : Instant.parse(r.getRecordedAt())));
            }
        }
        return result;
    }

    @Override
    public BulkDone bulk(BulkWrite w) {
        return Retry.inTransaction(ao, () -> {
            List<Long> changed = new ArrayList<>();
            List<Long> skipped = new ArrayList<>();
            String now = Instant.now().toString();
            Map<Integer, EvidenceEntity> rows = new HashMap<>();
            for (EvidenceEntity e : findIn(EvidenceEntity.class, "ID", keys(w.evidenceIds()), null)) {
                rows.put(e.getID(), e);
            }
            for (long id : new LinkedHashSet<>(w.evidenceIds())) {
                EvidenceEntity row = rows.get((int) id);
                if (row == null) {
                    throw Problem.notFound("empathy.error.evidenceNotFound", String.valueOf(id));
                }
                boolean active = EvidenceStatus.ACTIVE.name().equals(row.getStatus());
                if (!active) {
                    throw Problem.conflict(w.action() == BulkAction.RECONFIRM ? "empathy.error.retiredNoReconfirm" : "empathy.error.alreadyRetired",
                            String.valueOf(id));
                }
                switch (w.action()) {
                    case RECONFIRM -> {
                        ao.create(ReconfirmationEntity.class, new DBParam("EVIDENCE_ID", row.getID()),
                                new DBParam("CONFIRMED_ON", w.confirmedOn().toString()), new DBParam("NOTE", w.noteFor(id)),
                                new DBParam("AUTHOR", w.by()), new DBParam("RECORDED_AT", now));
                        changed.add(id);
                    }
                    case RETIRE -> {
                        int next = row.getVersion() + 1;
                        try {
                            ao.create(EditEntity.class, new DBParam("EDIT_KEY", id + "|" + next), new DBParam("EVIDENCE_ID", row.getID()),
                                    new DBParam("EDITED_BY", w.by()), new DBParam("EDITED_AT", now));
                        } catch (RuntimeException lostTheRace) {
                            throw Problem.conflict("empathy.error.alreadyRetired", String.valueOf(id));
                        }
                        row.setVersion(next);
                        row.setUpdatedBy(w.by());
                        row.setUpdatedAt(now);
                        row.setStatus(EvidenceStatus.RETIRED.name());
                        row.setRetiredReason(w.reason());
                        row.save();
                        changed.add(id);
                    }
                    case LINK -> {
                        String key = LinkTarget.evidence(id).linkKey(w.issueKey());
                        if (ao.count(IssueLinkEntity.class, Query.select().where("LINK_KEY = ?", key)) > 0) {
                            skipped.add(id);
                        } else {
                            ao.create(IssueLinkEntity.class, new DBParam("LINK_KEY", key), new DBParam("ISSUE_KEY", w.issueKey()),
                                    new DBParam("TARGET_TYPE", LinkTarget.Type.EVIDENCE.name()), new DBParam("TARGET_ID", row.getID()),
                                    new DBParam("RELATION", w.relation().name()), new DBParam("LINKED_BY", w.by()),
                                    new DBParam("LINKED_AT", now), new DBParam("NOTE", w.note()));
                            changed.add(id);
                        }
                    }
                    case BACK -> {
                        String key = w.mapItemId() + "|" + id;
                        if (ao.count(BackingEntity.class, Query.select().where("BACKING_KEY = ?", key)) > 0) {
                            skipped.add(id);
                        } else {
                            ao.create(BackingEntity.class, new DBParam("BACKING_KEY", key),
                                    new DBParam("MAP_ITEM_ID", (int) (long) w.mapItemId()), new DBParam("EVIDENCE_ID", row.getID()));
                            changed.add(id);
                        }
                    }
                    default -> throw new IllegalStateException("unknown action " + w.action());
                }
            }
            return new BulkDone(changed, skipped);
        });
    }

    private static List<Integer> keys(Collection<Long> ids) {
        List<Integer> keys = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id != null && id > 0 && id <= Integer.MAX_VALUE) {
                keys.add((int) (long) id);
            }
        }
        return keys;
    }

    private <T extends RawEntity<Integer>> List<T> findIn(Class<T> type, String column, Collection<?> ids, String extra, Object... extraParams) {
        List<T> result = new ArrayList<>();
        List<Object> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String clause = column + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")"
                    + (extra == null ? "" : " AND " + extra);
            List<Object> params = new ArrayList<>(chunk);
            params.addAll(Arrays.asList(extraParams));
            result.addAll(Arrays.asList(ao.find(type, Query.select().where(clause, params.toArray()))));
        }
        return result;
    }
}
