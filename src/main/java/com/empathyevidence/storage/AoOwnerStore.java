package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.OwnerStore;
import com.empathyevidence.app.RequestStore;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.ReconfirmationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Owners and re-confirmation requests over the same Active Objects entities as {@link AoEvidenceStore}: the
 * {@code OWNER} column of the evidence and {@link ReconfirmationRequestEntity}. Reads are one query per 500 pieces;
 * a hand-over is one transaction, retried by {@link Retry} when the database refuses it.
 */
@JiraComponent
public class AoOwnerStore implements OwnerStore, RequestStore {

    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public AoOwnerStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, String> namedOwners(Collection<Long> evidenceIds) {
        Map<Long, String> owners = new LinkedHashMap<>();
        for (EvidenceEntity e : findIn(EvidenceEntity.class, "ID", keys(evidenceIds), "OWNER IS NOT NULL")) {
            owners.put((long) e.getID(), e.getOwner());
        }
        return owners;
    }

    @Override
    public List<Long> handOver(Collection<Long> evidenceIds, String owner) {
        return Retry.inTransaction(ao, () -> {
            List<Long> changed = new ArrayList<>();
            for (EvidenceEntity e : findIn(EvidenceEntity.class, "ID", keys(evidenceIds), null)) {
                String current = com.empathyevidence.domain.Ownership.ownerOf(e.getOwner(), e.getCreatedBy());
                if (!Objects.equals(current, owner) || e.getOwner() == null) {
                    e.setOwner(owner);
                    e.save();
                    if (!Objects.equals(current, owner)) {
                        changed.add((long) e.getID());
                    }
                }
            }
            changed.sort(null);
            return changed;
        });
    }

    @Override
    public List<Long> ownedBy(String owner) {
        List<Long> ids = new ArrayList<>();
        for (EvidenceEntity e : ao.find(EvidenceEntity.class, Query.select("ID").where(
                "STATUS = ? AND (OWNER = ? OR (OWNER IS NULL AND CREATED_BY = ?))", EvidenceStatus.ACTIVE.name(), owner, owner).order("ID"))) {
            ids.add((long) e.getID());
        }
        return ids;
    }

    @Override
    public List<Long> activeIn(String projectKey) {
        List<Long> ids = new ArrayList<>();
        for (EvidenceEntity e : ao.find(EvidenceEntity.class, Query.select("ID").where("STATUS = ? AND PROJECT_KEY = ?",
                EvidenceStatus.ACTIVE.name(), projectKey).order("ID"))) {
            ids.add((long) e.getID());
        }
        return ids;
    }

    @Override
    public ReconfirmationRequest request(long evidenceId, String note, String by) {
        Instant now = Instant.now();
        ReconfirmationRequestEntity row = Retry.run(() -> ao.create(ReconfirmationRequestEntity.class, new DBParam("EVIDENCE_ID", (int) evidenceId),
                new DBParam("NOTE", note), new DBParam("REQUESTED_BY", by), new DBParam("REQUESTED_AT", now.toString())), false, () -> { });
        return of(row);
    }

    @Override
    public Map<Long, List<ReconfirmationRequest>> requestsFor(Collection<Long> evidenceIds) {
        Map<Long, List<ReconfirmationRequest>> result = new LinkedHashMap<>();
        evidenceIds.forEach(id -> result.put(id, new ArrayList<>()));
        List<ReconfirmationRequestEntity> rows = findIn(ReconfirmationRequestEntity.class, "EVIDENCE_ID", keys(evidenceIds), null);
        rows.sort((a, b) -> Integer.compare(b.getID(), a.getID()));
        for (ReconfirmationRequestEntity r : rows) {
            List<ReconfirmationRequest> list = result.get((long) r.getEvidenceId());
            if (list != null) {
                list.add(of(r));
            }
        }
        return result;
    }

    @Override
    public List<Long> withRequests() {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (ReconfirmationRequestEntity r : ao.find(ReconfirmationRequestEntity.class, Query.select().order("EVIDENCE_ID"))) {
            ids.add((long) r.getEvidenceId());
        }
        return new ArrayList<>(ids);
    }

    private static ReconfirmationRequest of(ReconfirmationRequestEntity r) {
        return new ReconfirmationRequest(r.getID(), r.getEvidenceId(), r.getNote(), r.getRequestedBy(), Instant.parse(r.getRequestedAt()));
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

    private <T extends RawEntity<Integer>> List<T> findIn(Class<T> type, String column, Collection<?> ids, String extra) {
        List<T> result = new ArrayList<>();
        List<Object> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String clause = column + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")"
                    + (extra == null ? "" : " AND " + extra);
            result.addAll(Arrays.asList(ao.find(type, Query.select().where(clause, chunk.toArray()))));
        }
        return result;
    }
}
