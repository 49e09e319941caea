package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;

/**
 * The researcher's evidence library: one page of the evidence the reader may see, each piece with the issues it is
 * linked to (links in issues the reader may not browse are counted, never shown: the reader knows the piece), the map
 * items it backs and its re-confirmations; and the bulk actions on a selection, each one transaction.
 */
@JiraComponent
public class LibraryService {

    /** The most pieces one bulk action takes (a page of the library at its largest). */
    public static final int BULK_MAX = 100;

    private final EvidenceService evidence;
    private final EvidenceStore store;
    private final LibraryStore library;
    private final AccessPolicy access;
    private final CatalogService catalog;
    private final IssueSummaries summaries;
    private final Today today;

    @Inject
    public LibraryService(EvidenceService evidence, EvidenceStore store, LibraryStore library, AccessPolicy access,
                          CatalogService catalog, IssueSummaries summaries, Today today) {
        this.evidence = evidence;
        this.store = store;
        this.library = library;
        this.access = access;
        this.catalog = catalog;
        this.summaries = summaries;
        this.today = today;
    }

    /**
     * Above this many matches the library says "more than 1,000" instead of counting them all (a count of every match
     * would cost as much as reading them); narrowing the filters brings the exact count back.
     */
    public static final int COUNT_CAP = 1_000;

    /**
     * One page of the library, each row with what it is linked to, backs and was re-confirmed with. Only what the
     * reader may browse is read, counted or shown (evidence of other projects is neither listed nor counted). Without
     * a freshness filter the page is a seek ({@link LibraryStore#seek}): a fixed number of queries whatever the data
     * size; with one, freshness is computed per piece, so up to {@link EvidenceService#FRESHNESS_SCAN_MAX} are read.
     */
    public Page page(EvidenceQuery query, Freshness freshness) {
        List<AssessedEvidence> found;
        int total;
        boolean capped = false;
        boolean hasNext;
        if (freshness == null) {
            evidence.signedIn();
            List<String> projects = access.browsableProjects();
            if (query.projectKey() != null && !projects.contains(query.projectKey())) {
                return new Page(List.of(), 0, query.offset(), query.limit(), false, false);
            }
            EvidenceQuery visible = new EvidenceQuery(query.text(), query.personaKey(), query.section(), query.sourceKind(),
                    query.projectKey(), query.participantAlias(), query.observedFrom(), query.observedTo(), query.status(),
                    query.sort(), query.offset(), query.limit(), projects, query.kind());
            LocalDate now = today.get();
            LibraryStore.Seek seek = library.seek(visible, now, COUNT_CAP);
            Map<Long, Evidence> byId = new java.util.HashMap<>();
            store.evidence(seek.ids()).forEach(e -> byId.put(e.id(), e));
            com.empathyevidence.domain.FreshnessPolicies policies = store.policies();
            found = new ArrayList<>();
            for (Long id : seek.ids()) {
                Evidence e = byId.get(id);
                if (e != null) {
                    found.add(IssueEvidenceService.assess(e, policies, now, null));
                }
            }
            total = seek.total();
            capped = seek.totalCapped();
            hasNext = seek.hasNext();
        } else {
            EvidenceService.SearchResult result = evidence.search(query, freshness);
            found = result.items();
            total = result.total();
            hasNext = query.offset() + query.limit() < total;
        }
        List<Long> ids = found.stream().map(a -> a.evidence().id()).toList();
        Map<Long, List<IssueLink>> links = ids.isEmpty() ? Map.of() : library.linksOf(ids);
        Map<Long, List<MapItem>> items = ids.isEmpty() ? Map.of() : library.itemsBackedBy(ids);
        Map<Long, List<Reconfirmation>> reconfirmations = ids.isEmpty() ? Map.of() : library.reconfirmationsOf(ids);
        Map<String, Optional<IssueRef>> issues = new java.util.HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (AssessedEvidence a : found) {
            long id = a.evidence().id();
            List<LinkedIssue> shown = new ArrayList<>();
            int hidden = 0;
            for (IssueLink link : links.getOrDefault(id, List.of())) {
                Optional<IssueRef> issue = issues.computeIfAbsent(link.issueKey(), access::visibleIssue);
                if (issue.isPresent()) {
                    shown.add(new LinkedIssue(issue.get(), link));
                } else {
                    hidden++;
                }
            }
            rows.add(new Row(a, shown, hidden, items.getOrDefault(id, List.of()), reconfirmations.getOrDefault(id, List.of()),
                    a.evidence().projectKey() == null || access.canEditProject(a.evidence().projectKey())));
        }
        return new Page(rows, total, query.offset(), query.limit(), capped, hasNext);
    }

    /**
     * One bulk action on a selection, all or nothing: every piece must be one the caller may see and change, and
     * active; otherwise nothing is written and the answer names the field (and the pieces) that stopped it.
     */
    public BulkResult bulk(String actionName, List<Long> evidenceIds, String note, String reason, String confirmedOn,
                           String issueKey, String relationName, Long mapItemId) {
        return bulk(actionName, evidenceIds, note, reason, confirmedOn, issueKey, relationName, mapItemId, null);
    }

    /**
     * As {@link #bulk(String, List, String, String, String, String, String, Long)}, with one note per piece for a
     * re-confirmation ({@code notes}: evidence id to note; a piece not named gets {@code note}). Every piece named must
     * be among those selected; each note is checked as the note for all is.
     */
    public BulkResult bulk(String actionName, List<Long> evidenceIds, String note, String reason, String confirmedOn,
                           String issueKey, String relationName, Long mapItemId, java.util.Map<Long, String> notes) {
        java.util.Map<Long, String> each = new java.util.LinkedHashMap<>();
        String user = evidence.signedIn();
        com.empathyevidence.domain.Validator v = new com.empathyevidence.domain.Validator();
        LibraryStore.BulkAction action = null;
        try {
            action = actionName == null ? null : LibraryStore.BulkAction.valueOf(actionName.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (action == null) {
            v.error("action", "empathy.library.validation.action");
        }
        List<Long> ids = evidenceIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(evidenceIds));
        if (ids.isEmpty()) {
            v.error("evidenceIds", "empathy.library.validation.noneSelected");
        } else if (ids.size() > BULK_MAX) {
            v.error("evidenceIds", "empathy.library.validation.tooMany", BULK_MAX);
        } else if (ids.stream().anyMatch(id -> id == null || id < 1 || id > Integer.MAX_VALUE)) {
            v.error("evidenceIds", "empathy.validation.id", String.valueOf(Integer.MAX_VALUE));
        }
        note = EvidenceForm.strip(note);
        reason = EvidenceForm.strip(reason);
        LocalDate date = today.get();
        Relation relation = null;
        String issue = null;
        if (action == LibraryStore.BulkAction.RECONFIRM) {
            if (confirmedOn != null && !confirmedOn.isBlank()) {
                date = EvidenceForm.date(v, "confirmedOn", confirmedOn);
            }
            v.optionalText("note", note, Limits.NOTE_MAX);
            if (notes != null) {
                List<String> strangers = new ArrayList<>();
                notes.forEach((id, text) -> {
                    if (id == null || !ids.contains(id)) {
                        strangers.add(String.valueOf(id));
                    } else {
                        each.put(id, EvidenceForm.strip(text));
                    }
                });
                if (!strangers.isEmpty()) {
                    v.error("notes", "empathy.library.validation.notesNotSelected", strangers.size(), String.join(", ", strangers));
                }
                each.forEach((id, text) -> v.optionalText("notes", text, Limits.NOTE_MAX));
            }
        } else if (action == LibraryStore.BulkAction.RETIRE) {
            v.text("reason", reason, Limits.REASON_MAX);
        } else if (action == LibraryStore.BulkAction.LINK) {
            v.optionalText("note", note, Limits.NOTE_MAX);
            if (relationName == null || relationName.isBlank()) {
                relation = Relation.SUPPORTS;
            } else {
                try {
                    relation = Relation.valueOf(relationName.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    v.error("relation", "empathy.validation.relation");
                }
            }
            String key = issueKey == null ? "" : issueKey.trim().toUpperCase(Locale.ROOT);
            if (key.isEmpty()) {
                v.error("issueKey", "empathy.validation.required");
            } else {
                Optional<IssueRef> ref = access.visibleIssue(key);
                if (ref.isEmpty()) {
                    v.error("issueKey", "empathy.library.validation.issueUnknown", key);
                } else if (!access.canEditIssue(ref.get().key())) {
                    v.error("issueKey", "empathy.library.validation.issueNoEdit", key);
                } else {
                    issue = ref.get().key();
                }
            }
        } else if (action == LibraryStore.BulkAction.BACK) {
            if (mapItemId == null) {
                v.error("mapItemId", "empathy.validation.required");
            } else if (mapItemId < 1 || mapItemId > Integer.MAX_VALUE || store.mapItem(mapItemId).isEmpty()) {
                v.error("mapItemId", "empathy.library.validation.mapItemUnknown", String.valueOf(mapItemId));
            } else if (!catalog.canEdit()) {
                throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.noEdit");
            }
        }
        v.check();
        List<Evidence> pieces = store.evidence(ids);
        List<String> unseen = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (Evidence e : pieces) {
            found.add(e.id());
            if (e.projectKey() != null && !access.canBrowseProject(e.projectKey())) {
                unseen.add(String.valueOf(e.id()));
                continue;
            }
            if (e.projectKey() != null && !access.canEditProject(e.projectKey())) {
                locked.add(String.valueOf(e.id()));
            }
            if (!e.isActive() || (action == LibraryStore.BulkAction.RECONFIRM && e.redacted())) {
                retired.add(String.valueOf(e.id()));
            }
            if (action == LibraryStore.BulkAction.RECONFIRM) {
                Reconfirmation.validate(date, Reconfirmation.noteFor(e.id(), note, each), e.observedOn(), today.get());
            }
        }
        ids.stream().filter(id -> !found.contains(id)).forEach(id -> unseen.add(String.valueOf(id)));
        com.empathyevidence.domain.Validator pieceErrors = new com.empathyevidence.domain.Validator();
        if (!unseen.isEmpty()) {
            pieceErrors.error("evidenceIds", "empathy.library.validation.unseen", unseen.size(), String.join(", ", unseen));
        }
        if (!locked.isEmpty()) {
            pieceErrors.error("evidenceIds", "empathy.library.validation.locked", locked.size(), String.join(", ", locked));
        }
        if (!retired.isEmpty()) {
            pieceErrors.error("evidenceIds", "empathy.library.validation.retired", retired.size(), String.join(", ", retired));
        }
        pieceErrors.check();
        LibraryStore.BulkDone done = library.bulk(new LibraryStore.BulkWrite(action, ids, user,
                note == null || note.isEmpty() ? null : note, reason, date, issue, relation, mapItemId, each));
        refreshSummaries(action, done.changed(), issue, mapItemId);
        return new BulkResult(action, done.changed(), done.skipped());
    }

    private void refreshSummaries(LibraryStore.BulkAction action, List<Long> changed, String issue, Long mapItemId) {
        if (changed.isEmpty()) {
            return;
        }
        try {
            List<LinkTarget> targets = new ArrayList<>();
            if (action == LibraryStore.BulkAction.BACK) {
                targets.add(LinkTarget.mapItem(mapItemId));
            } else {
                changed.forEach(id -> targets.add(LinkTarget.evidence(id)));
                store.mapItemsBackedBy(changed).forEach(id -> targets.add(LinkTarget.mapItem(id)));
            }
            java.util.Set<String> keys = new LinkedHashSet<>();
            store.linksTo(targets).forEach(l -> keys.add(l.issueKey()));
            if (issue != null) {
                keys.add(issue);
            }
            summaries.afterChangeTo(new ArrayList<>(keys));
        } catch (RuntimeException e) {
            // the change stands; the daily refresh repairs the summaries
        }
    }

    /**
     * A page of the library. {@code total} is exact unless {@code totalCapped}: then more than {@code total}
     * ({@link #COUNT_CAP}) match. {@code hasNext}: a page follows.
     */
    public record Page(List<Row> rows, int total, int offset, int limit, boolean totalCapped, boolean hasNext) {
    }

    /** One piece with its links (shown, and how many the reader may not see), backed items and re-confirmations. */
    public record Row(AssessedEvidence evidence, List<LinkedIssue> links, int hiddenLinks, List<MapItem> mapItems,
                      List<Reconfirmation> reconfirmations, boolean editable) {
    }

    /** A link the reader may see, with its issue. */
    public record LinkedIssue(IssueRef issue, IssueLink link) {
    }

    /** What a bulk action did. */
    public record BulkResult(LibraryStore.BulkAction action, List<Long> changed, List<Long> skipped) {
    }
}
