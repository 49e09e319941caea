package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.LibraryStore;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import java.time.Instant;
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
        return ao.executeInTransaction(() -> {
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
