package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.CsvImportStore;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.SameEvidence;
import com.empathyevidence.domain.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The CSV import's queries and its linked write over the same Active Objects entities as {@link AoEvidenceStore}:
 * the rows are written by the evidence store's own import, and the links in the same transaction.
 */
@JiraComponent
public class AoCsvImportStore implements CsvImportStore {

    /** Stay well below the 1,000-item IN-list limit of some databases. */
    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;
    private final AoEvidenceStore evidence;

    @Inject
    public AoCsvImportStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
        this.evidence = new AoEvidenceStore(ao);
    }

    @Override
    public Map<Integer, Stored> sameAs(List<NewEvidence> drafts, Collection<String> projects) {
        Map<SameEvidence, List<Integer>> wanted = new HashMap<>();
        TreeSet<String> dates = new TreeSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            wanted.computeIfAbsent(SameEvidence.of(drafts.get(i)), k -> new ArrayList<>()).add(i);
            dates.add(drafts.get(i).observedOn().toString());
        }
        Set<String> visible = new HashSet<>(projects);
        Map<Integer, Stored> found = new HashMap<>();
        if (wanted.isEmpty() || visible.isEmpty()) {
            return found;
        }
        List<EvidenceEntity> candidates = new ArrayList<>();
        List<String> all = new ArrayList<>(dates);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String clause = "OBSERVED_ON IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            candidates.addAll(Arrays.asList(ao.find(EvidenceEntity.class, Query.select().where(clause, chunk.toArray()).order("ID"))));
        }
        Set<Integer> participantIds = new TreeSet<>();
        candidates.forEach(e -> {
            if (e.getParticipantId() != null) {
                participantIds.add(e.getParticipantId());
            }
        });
        Map<Integer, String> aliases = new HashMap<>();
        List<Integer> ids = new ArrayList<>(participantIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String clause = "ID IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            for (ParticipantEntity p : ao.find(ParticipantEntity.class, Query.select().where(clause, chunk.toArray()))) {
                aliases.put(p.getID(), p.getAlias());
            }
        }
        for (EvidenceEntity e : candidates) {
            if (e.isRedacted() || !EvidenceStatus.ACTIVE.name().equals(e.getStatus()) || !visible.contains(e.getProjectKey())) {
                continue;
            }
            SameEvidence stored = new SameEvidence(e.getText(), e.getParticipantId() == null ? null : aliases.get(e.getParticipantId()),
                    SourceKind.valueOf(e.getSourceKind()), e.getSourceTitle(), e.getSourceLink(), e.getSourceMoment(),
                    LocalDate.parse(e.getObservedOn()));
            List<Integer> rows = wanted.get(stored);
            if (rows != null) {
                // candidates come oldest first: the first match stays
                rows.forEach(row -> found.putIfAbsent(row, new Stored(e.getID(), e.getCreatedBy(), e.getCreatedAt())));
            }
        }
        return found;
    }

    @Override
    public EvidenceStore.Imported importLinked(List<NewEvidence> drafts, List<RowLink> links, String linkedBy,
                                               EvidenceStore.ImportListener listener) {
        if (links.size() != drafts.size()) {
            throw new IllegalArgumentException("one link entry per draft");
        }
        EvidenceStore.Imported done = evidence.inTransaction(() -> {
            EvidenceStore.Imported imported = evidence.importAll(drafts, listener);
            String now = Instant.now().toString();
            for (int i = 0; i < drafts.size(); i++) {
                RowLink link = links.get(i);
                if (link == null) {
                    continue;
                }
                long id = imported.evidenceIds().get(i);
                ao.create(IssueLinkEntity.class, new DBParam("LINK_KEY", LinkTarget.evidence(id).linkKey(link.issueKey())),
                        new DBParam("ISSUE_KEY", link.issueKey()), new DBParam("TARGET_TYPE", LinkTarget.Type.EVIDENCE.name()),
                        new DBParam("TARGET_ID", (int) id), new DBParam("RELATION", link.relation().name()),
                        new DBParam("LINKED_BY", linkedBy), new DBParam("LINKED_AT", now), new DBParam("NOTE", (String) null));
            }
            return imported;
        }, true, listener::restarted);
        AoMapGroups.touching(ao, done.evidenceIds()).mark(ao); // after the commit: the sections' unsorted groups
        return done;
    }
}
