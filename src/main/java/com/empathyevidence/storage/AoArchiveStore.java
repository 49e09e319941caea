package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.ArchiveStore;
import com.empathyevidence.domain.Erasure;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The full archive over Active Objects, on the same entities as {@link AoEvidenceStore}. Export reads each table in
 * pages of {@link ArchiveStore#PAGE} rows by ascending id (keyset paging), so it holds one page of rows at a time; to
 * turn database ids into archive ids (1..n in id order) it keeps only the sorted ids of participants, evidence and map
 * items (4 bytes each), never their rows. Import writes row by row in one transaction and keeps, per table that others
 * refer to, the new id of each archive id (again 4 bytes a row).
 *
 * <p>Left out on purpose: undo data of removed links (a restore token lives a day and means nothing on another
 * instance), idempotency keys of create-and-link requests (kept a week, for retries of one request), and search
 * texts (derived from text, tags, source title and alias, and made again on import).
 */
@JiraComponent
public class AoArchiveStore implements ArchiveStore {

    private static final String GLOBAL_SCOPE = "*";
    private static final String PARTICIPANT_SUBJECT = "participant:";

    private final ActiveObjects ao;

    @Inject
    public AoArchiveStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** phasein (issue 16): the per-project panel settings' table in the archive. */
    private static final String PANEL_SETTINGS = "panel-settings";
    /** workspace (issue 13): the aging thresholds' table in the archive. */
    private static final String AGING_THRESHOLDS = "aging-thresholds";
    /** Owners and requests (issue 16): the re-confirmation requests, open and closed (closed by what follows them). */
    private static final String REQUESTS = "requests";
    /** validation (issue 17): the validation tasks made from the map, the archive's last table. */
    private static final String VALIDATION_TASKS = "validation-tasks";

    @Override
    public Map<String, Integer> contents() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("personas", ao.count(PersonaEntity.class));
        counts.put("participants", ao.count(ParticipantEntity.class));
        counts.put("evidence", ao.count(EvidenceEntity.class));
        counts.put("edits", ao.count(EditEntity.class));
        counts.put("reconfirmations", ao.count(ReconfirmationEntity.class));
        counts.put("map-items", ao.count(MapItemEntity.class));
        counts.put("backings", ao.count(BackingEntity.class));
        counts.put("links", ao.count(IssueLinkEntity.class));
        counts.put("shelf-lives", ao.count(ShelfLifeEntity.class));
        counts.put("audit", ao.count(AuditEntity.class));
        // phasein (issue 16): not counted towards "the instance holds data": a default is fixed at the first view of a
        // panel, so a new Jira holds some; the archive's settings replace them on import
        counts.put(PANEL_SETTINGS, 0);
        counts.put(AGING_THRESHOLDS, ao.count(AgingThresholdEntity.class));
        // owners and requests (issue 16): a request is on a piece, so it is data already there like a re-confirmation
        counts.put(REQUESTS, ao.count(ReconfirmationRequestEntity.class));
        counts.put(VALIDATION_TASKS, ao.count(ValidationTaskEntity.class));
        return counts;
    }

    // ================================================================ export

    @Override
    public void export(Sink sink) {
        int[] participants = ids(ParticipantEntity.class);
        int[] evidence = ids(EvidenceEntity.class);
        int[] items = ids(MapItemEntity.class);
        Map<String, RevisionEntity> revisions = latestRevisions();
        Map<String, PersonaRetiredEntity> retired = new java.util.HashMap<>();
        for (PersonaRetiredEntity r : ao.find(PersonaRetiredEntity.class, Query.select())) {
            retired.put(r.getPersonaKey(), r);
        }

        table(sink, "personas", PersonaEntity.class, p -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", p.getPersonaKey());
            r.put("name", p.getName());
            r.put("description", p.getDescription());
            revision(r, revisions.get(AoPersonaRevisions.PERSONA + p.getPersonaKey()));
            PersonaRetiredEntity retirement = retired.get(p.getPersonaKey());
            r.put("retiredReason", retirement == null ? null : retirement.getReason());
            r.put("retiredBy", retirement == null ? null : retirement.getRetiredBy());
            r.put("retiredByName", retirement == null ? null : retirement.getRetiredByName());
            r.put("retiredAt", retirement == null ? null : retirement.getRetiredAt());
            return r;
        });
        table(sink, "participants", ParticipantEntity.class, p -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", archiveId(participants, p.getID()));
            // an erased participant's alias is made from its id (Erasure.anonymousAlias): made again on import
            r.put("alias", p.isErased() ? null : p.getAlias());
            r.put("segment", p.getSegment());
            r.put("role", p.getRole());
            r.put("consent", p.isConsent());
            r.put("erased", p.isErased());
            r.put("erasedAlias", p.getErasedAlias());
            r.put("erasedOn", p.getErasedOn());
            r.put("version", p.getVersion());
            return r;
        });
        table(sink, "evidence", EvidenceEntity.class, e -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", archiveId(evidence, e.getID()));
            r.put("text", e.getText());
            r.put("kind", e.getKind());
            r.put("section", e.getSection());
            r.put("sourceKind", e.getSourceKind());
            r.put("sourceTitle", e.getSourceTitle());
            r.put("sourceLink", e.getSourceLink());
            r.put("sourceMoment", e.getSourceMoment());
            r.put("participantId", archiveIdOrNull(participants, e.getParticipantId()));
            r.put("personaKey", e.getPersonaKey());
            r.put("projectKey", e.getProjectKey());
            r.put("observedOn", e.getObservedOn());
            r.put("tags", untags(e.getTags()));
            r.put("status", e.getStatus());
            r.put("retiredReason", e.getRetiredReason());
            r.put("successorId", archiveIdOrNull(evidence, e.getSuccessorId()));
            r.put("redacted", e.isRedacted());
            r.put("createdBy", e.getCreatedBy());
            r.put("createdAt", e.getCreatedAt());
            r.put("updatedBy", e.getUpdatedBy());
            r.put("updatedAt", e.getUpdatedAt());
            r.put("version", e.getVersion());
            // issue 16: the owner named on the piece (absent while whoever recorded it owns it); archives without it import
            if (e.getOwner() != null) {
                r.put("owner", e.getOwner());
            }
            return r;
        });
        table(sink, "edits", EditEntity.class, e -> {
            // the claim on one version: "<evidence id>|<version>" or "participant:<participant id>|<version>"
            String key = e.getEditKey();
            int bar = key.lastIndexOf('|');
            if (bar < 0) {
                return null;
            }
            boolean ofParticipant = key.startsWith(PARTICIPANT_SUBJECT);
            Integer target = parseInt(key.substring(ofParticipant ? PARTICIPANT_SUBJECT.length() : 0, bar));
            Integer version = parseInt(key.substring(bar + 1));
            int id = target == null ? 0 : archiveId(ofParticipant ? participants : evidence, target);
            if (id == 0 || version == null) {
                return null;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(ofParticipant ? "participantId" : "evidenceId", id);
            r.put("version", version);
            r.put("editedBy", e.getEditedBy());
            r.put("editedAt", e.getEditedAt());
            return r;
        });
        table(sink, "reconfirmations", ReconfirmationEntity.class, c -> {
            int id = archiveId(evidence, c.getEvidenceId());
            if (id == 0) {
                return null;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("evidenceId", id);
            r.put("confirmedOn", c.getConfirmedOn());
            r.put("note", c.getNote());
            r.put("author", c.getAuthor());
            r.put("recordedAt", c.getRecordedAt());
            return r;
        });
        table(sink, "map-items", MapItemEntity.class, m -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", archiveId(items, m.getID()));
            r.put("personaKey", m.getPersonaKey());
            r.put("section", m.getSection());
            r.put("statement", m.getStatement());
            revision(r, revisions.get(AoPersonaRevisions.ITEM + m.getID()));
            return r;
        });
        table(sink, "backings", BackingEntity.class, b -> {
            int item = archiveId(items, b.getMapItemId());
            int piece = archiveId(evidence, b.getEvidenceId());
            if (item == 0 || piece == 0) {
                return null;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("mapItemId", item);
            r.put("evidenceId", piece);
            return r;
        });
        table(sink, "links", IssueLinkEntity.class, l -> {
            boolean toEvidence = LinkTarget.Type.EVIDENCE.name().equals(l.getTargetType());
            int target = archiveId(toEvidence ? evidence : items, l.getTargetId());
            if (target == 0) {
                return null;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("issueKey", l.getIssueKey());
            r.put("targetType", l.getTargetType());
            r.put("targetId", target);
            r.put("relation", l.getRelation());
            r.put("note", l.getNote());
            r.put("linkedBy", l.getLinkedBy());
            r.put("linkedAt", l.getLinkedAt());
            return r;
        });
        table(sink, "shelf-lives", ShelfLifeEntity.class, s -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("projectKey", GLOBAL_SCOPE.equals(s.getScope()) ? null : s.getScope());
            r.put("sourceKind", s.getSourceKind());
            r.put("days", s.getDays());
            r.put("updatedBy", s.getUpdatedBy());
            return r;
        });
        table(sink, "audit", AuditEntity.class, a -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("action", a.getAction());
            r.put("subject", subject(a.getSubject(), id -> archiveId(participants, id)));
            r.put("actor", a.getActor());
            r.put("at", a.getAt());
            return r;
        });
        table(sink, PANEL_SETTINGS, PanelSettingEntity.class, p -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("projectKey", p.getProjectKey());
            r.put("warnings", p.getWarnings());
            r.put("panelHidden", Boolean.TRUE.equals(p.getPanelHidden()));
            r.put("updatedBy", p.getUpdatedBy());
            return r;
        });
        table(sink, AGING_THRESHOLDS, AgingThresholdEntity.class, a -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("projectKey", GLOBAL_SCOPE.equals(a.getScope()) ? null : a.getScope());
            r.put("percent", a.getPercent());
            r.put("updatedBy", a.getUpdatedBy());
            return r;
        });
        table(sink, REQUESTS, ReconfirmationRequestEntity.class, q -> {
            int id = archiveId(evidence, q.getEvidenceId());
            if (id == 0) {
                return null;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("evidenceId", id);
            r.put("note", q.getNote());
            r.put("requestedBy", q.getRequestedBy());
            r.put("requestedAt", q.getRequestedAt());
            return r;
        });
        table(sink, VALIDATION_TASKS, ValidationTaskEntity.class, v -> {
            int item = archiveId(items, v.getMapItemId());
            if (item == 0) {
                return null;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("issueKey", v.getIssueKey());
            r.put("mapItemId", item);
            r.put("createdBy", v.getCreatedBy());
            r.put("createdAt", v.getCreatedAt());
            return r;
        });
    }

    /** The latest version claim of each persona and map item ("persona:KEY", "item:ID"), read in pages. */
    private Map<String, RevisionEntity> latestRevisions() {
        Map<String, RevisionEntity> latest = new java.util.HashMap<>();
        int after = 0;
        while (true) {
            RevisionEntity[] page = ao.find(RevisionEntity.class, Query.select().where("ID > ?", after).order("ID").limit(PAGE));
            for (RevisionEntity r : page) {
                RevisionEntity known = latest.get(r.getTarget());
                if (known == null || known.getVersion() < r.getVersion()) {
                    latest.put(r.getTarget(), r);
                }
                after = r.getID();
            }
            if (page.length < PAGE) {
                return latest;
            }
        }
    }

    /** A persona's or map item's version (1 when never edited) and who made it when. */
    private static void revision(Map<String, Object> r, RevisionEntity latest) {
        r.put("version", latest == null ? 1 : latest.getVersion());
        r.put("editedBy", latest == null ? null : latest.getEditedBy());
        r.put("editedByName", latest == null ? null : latest.getEditedByName());
        r.put("editedAt", latest == null ? null : latest.getEditedAt());
    }

    /** Writes one table, a page at a time; {@code row} answers null for a row that refers to nothing (skipped). */
    private <T extends RawEntity<Integer>> void table(Sink sink, String name, Class<T> type,
                                                      java.util.function.Function<T, Map<String, Object>> row) {
        sink.begin(name);
        int after = 0;
        while (true) {
            T[] page = ao.find(type, Query.select().where("ID > ?", after).order("ID").limit(PAGE));
            for (T entity : page) {
                Map<String, Object> r = row.apply(entity);
                if (r != null) {
                    sink.row(r);
                }
                after = id(entity);
            }
            if (page.length < PAGE) {
                break;
            }
        }
        sink.end(name);
    }

    private static int id(RawEntity<Integer> entity) {
        return ((net.java.ao.Entity) entity).getID();
    }

    /** Every id of a table, ascending, read in pages. */
    private <T extends RawEntity<Integer>> int[] ids(Class<T> type) {
        IntList ids = new IntList();
        int after = 0;
        while (true) {
            T[] page = ao.find(type, Query.select("ID").where("ID > ?", after).order("ID").limit(PAGE));
            for (T entity : page) {
                after = id(entity);
                ids.add(after);
            }
            if (page.length < PAGE) {
                return ids.toArray();
            }
        }
    }

    /** The archive id of a database id: its place (from 1) among the table's ids; 0 when there is no such row. */
    private static int archiveId(int[] sortedIds, Integer id) {
        if (id == null) {
            return 0;
        }
        int at = Arrays.binarySearch(sortedIds, id);
        return at < 0 ? 0 : at + 1;
    }

    private static Integer archiveIdOrNull(int[] sortedIds, Integer id) {
        int archived = archiveId(sortedIds, id);
        return archived == 0 ? null : archived;
    }

    /** An audit subject with a participant id in it, that id mapped; other subjects as they are. */
    private static String subject(String subject, java.util.function.IntUnaryOperator map) {
        if (subject == null || !subject.startsWith(PARTICIPANT_SUBJECT)) {
            return subject;
        }
        Integer id = parseInt(subject.substring(PARTICIPANT_SUBJECT.length()));
        int mapped = id == null ? 0 : map.applyAsInt(id);
        return mapped == 0 ? subject : PARTICIPANT_SUBJECT + mapped;
    }

    // ================================================================ import

    @Override
    public Map<String, Integer> importAll(Source source) {
        // The source is read as the import goes, so a refused transaction cannot run again: Retry answers busy at once,
        // or "not empty" when a simultaneous import committed first (the usual reason for the refusal).
        return Retry.once(() -> ao.executeInTransaction(() -> {
            com.empathyevidence.app.ArchiveService.refuseIfNotEmpty(contents());
            // the map's groups are derived from what is imported: none may survive from before (each is recomputed)
            ao.deleteWithSQL(MapGroupEntity.class, "ID > ?", 0);
            Importer importer = new Importer();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String expected : TABLES) {
                String table = source.nextTable();
                if (table == null && OPTIONAL.contains(expected)) {
                    // an archive made before panel settings, aging thresholds or requests: nothing more to read
                    for (String rest : TABLES.subList(TABLES.indexOf(expected), TABLES.size())) {
                        counts.put(rest, 0);
                    }
                    return counts;
                }
                if (!expected.equals(table)) {
                    throw new Problem(Problem.Kind.INVALID, "empathy.archive.order", expected + ".json", table == null ? "-" : table + ".json");
                }
                int n = 0;
                for (Map<String, Object> row; (row = source.nextRow()) != null; ) {
                    n++;
                    importer.row(table, n, new Row(table, n, row));
                }
                importer.end(table);
                counts.put(table, n);
            }
            String extra = source.nextTable();
            if (extra != null) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.unknownEntry", extra + ".json");
            }
            return counts;
        }), true, () -> com.empathyevidence.app.ArchiveService.refuseIfNotEmpty(contents()));
    }

    /** One import's state: the new id of each archive id of the tables others refer to. */
    private final class Importer {
        private final IntList participants = new IntList();
        private final List<String> aliases = new ArrayList<>();
        private final IntList evidence = new IntList();
        private final IntList items = new IntList();
        /** Pairs (new evidence id, archive id of its successor), set once every piece is in. */
        private final IntList successors = new IntList();

        void row(String table, int n, Row r) {
            switch (table) {
                case "personas" -> {
                    String key = r.text("key", true);
                    ao.create(PersonaEntity.class, params("PERSONA_KEY", key, "NAME", r.text("name", true), "DESCRIPTION", r.text("description", false)));
                    revision(r, AoPersonaRevisions.PERSONA + key, key);
                    String reason = r.text("retiredReason", false);
                    if (reason != null) {
                        ao.create(PersonaRetiredEntity.class, params("PERSONA_KEY", key, "REASON", reason,
                                "RETIRED_BY", r.text("retiredBy", false), "RETIRED_BY_NAME", r.text("retiredByName", false),
                                "RETIRED_AT", r.text("retiredAt", true)));
                    }
                }
                case "participants" -> participant(n, r);
                case "evidence" -> evidence(n, r);
                case "edits" -> {
                    Integer piece = r.ref("evidenceId", evidence, false);
                    Integer version = r.integer("version", true);
                    String key;
                    if (piece != null) {
                        key = piece + "|" + version;
                    } else {
                        key = PARTICIPANT_SUBJECT + r.ref("participantId", participants, true) + "|" + version;
                    }
                    ao.create(EditEntity.class, params("EDIT_KEY", key, "EVIDENCE_ID", piece == null ? 0 : piece,
                            "EDITED_BY", r.text("editedBy", false), "EDITED_AT", r.text("editedAt", false)));
                }
                case "reconfirmations" -> ao.create(ReconfirmationEntity.class, params(
                        "EVIDENCE_ID", r.ref("evidenceId", evidence, true), "CONFIRMED_ON", r.date("confirmedOn", true),
                        "NOTE", r.text("note", false), "AUTHOR", r.text("author", false), "RECORDED_AT", r.text("recordedAt", false)));
                case "map-items" -> {
                    r.sequence(n, items.size());
                    MapItemEntity created = ao.create(MapItemEntity.class, params("PERSONA_KEY", r.text("personaKey", true),
                            "SECTION", r.constant("section", Section.class, true), "STATEMENT", r.text("statement", true)));
                    items.add(created.getID());
                    revision(r, AoPersonaRevisions.ITEM + created.getID(), created.getPersonaKey());
                }
                case "backings" -> {
                    int item = r.ref("mapItemId", items, true);
                    int piece = r.ref("evidenceId", evidence, true);
                    ao.create(BackingEntity.class, params("BACKING_KEY", item + "|" + piece, "MAP_ITEM_ID", item, "EVIDENCE_ID", piece));
                }
                case "links" -> {
                    LinkTarget.Type type = LinkTarget.Type.valueOf(r.constant("targetType", LinkTarget.Type.class, true));
                    int target = r.ref("targetId", type == LinkTarget.Type.EVIDENCE ? evidence : items, true);
                    String issue = r.text("issueKey", true);
                    ao.create(IssueLinkEntity.class, params("LINK_KEY", new LinkTarget(type, target).linkKey(issue), "ISSUE_KEY", issue,
                            "TARGET_TYPE", type.name(), "TARGET_ID", target, "RELATION", r.constant("relation", Relation.class, true),
                            "NOTE", r.text("note", false), "LINKED_BY", r.text("linkedBy", false), "LINKED_AT", r.text("linkedAt", false)));
                }
                case "shelf-lives" -> {
                    String project = r.text("projectKey", false);
                    String scope = project == null ? GLOBAL_SCOPE : project;
                    String kind = r.constant("sourceKind", SourceKind.class, true);
                    ao.create(ShelfLifeEntity.class, params("POLICY_KEY", scope + "|" + kind, "SCOPE", scope, "SOURCE_KIND", kind,
                            "DAYS", r.integer("days", true), "UPDATED_BY", r.text("updatedBy", false)));
                }
                case "audit" -> ao.create(AuditEntity.class, params("ACTION", r.text("action", true),
                        "SUBJECT", subject(r.text("subject", false), id -> id >= 1 && id <= participants.size() ? participants.get(id - 1) : 0),
                        "ACTOR", r.text("actor", false), "AT", r.text("at", true)));
                case PANEL_SETTINGS -> {
                    String project = r.text("projectKey", true);
                    ao.deleteWithSQL(PanelSettingEntity.class, "PROJECT_KEY = ?", project); // a default fixed here before
                    ao.create(PanelSettingEntity.class, params("PROJECT_KEY", project,
                            "WARNINGS", r.constant("warnings", com.empathyevidence.domain.WarningsMode.class, true),
                            "PANEL_HIDDEN", r.bool("panelHidden"), "UPDATED_BY", r.text("updatedBy", false)));
                }
                case AGING_THRESHOLDS -> {
                    String project = r.text("projectKey", false);
                    Integer percent = r.integer("percent", true);
                    if (percent < com.empathyevidence.domain.Limits.AGING_MIN_PERCENT || percent > com.empathyevidence.domain.Limits.AGING_MAX_PERCENT) {
                        throw r.bad("percent");
                    }
                    ao.create(AgingThresholdEntity.class, params("SCOPE", project == null ? GLOBAL_SCOPE : project, "PERCENT", percent,
                            "UPDATED_BY", r.text("updatedBy", false)));
                }
                case REQUESTS -> {
                    String at = r.text("requestedAt", true);
                    try {
                        java.time.Instant.parse(at);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw r.bad("requestedAt");
                    }
                    ao.create(ReconfirmationRequestEntity.class, params("EVIDENCE_ID", r.ref("evidenceId", evidence, true),
                            "NOTE", r.text("note", false), "REQUESTED_BY", r.text("requestedBy", true), "REQUESTED_AT", at));
                }
                case VALIDATION_TASKS -> {
                    int item = r.ref("mapItemId", items, true);
                    String issue = r.text("issueKey", true);
                    String at = r.text("createdAt", true);
                    try {
                        java.time.Instant.parse(at);
                    } catch (java.time.DateTimeException e) {
                        throw r.bad("createdAt");
                    }
                    ao.create(ValidationTaskEntity.class, params("TASK_KEY", LinkTarget.mapItem(item).linkKey(issue), "ISSUE_KEY", issue,
                            "MAP_ITEM_ID", item, "CREATED_BY", r.text("createdBy", false), "CREATED_AT", at));
                }
                default -> throw new Problem(Problem.Kind.INVALID, "empathy.archive.unknownEntry", table + ".json");
            }
        }

        /** The version of a persona or map item (absent in archives made before it existed: 1, as created). */
        private void revision(Row r, String target, String personaKey) {
            Integer version = r.integer("version", false);
            if (version == null || version == 1) {
                return;
            }
            if (version < 1) {
                throw r.bad("version");
            }
            ao.create(RevisionEntity.class, params("CLAIM_KEY", target + "|" + version, "TARGET", target, "PERSONA_KEY", personaKey,
                    "VERSION", version, "EDITED_BY", r.text("editedBy", false), "EDITED_BY_NAME", r.text("editedByName", false),
                    "EDITED_AT", r.text("editedAt", false)));
        }

        private void participant(int n, Row r) {
            r.sequence(n, participants.size());
            boolean erased = r.bool("erased");
            String alias = erased ? "ERASED-pending-" + n : r.text("alias", true);
            ParticipantEntity p = ao.create(ParticipantEntity.class, params("ALIAS", alias, "SEGMENT", r.text("segment", false),
                    "ROLE", r.text("role", false), "CONSENT", r.bool("consent"), "ERASED", erased,
                    "ERASED_ALIAS", r.text("erasedAlias", false), "ERASED_ON", r.date("erasedOn", false),
                    "VERSION", r.integer("version", true)));
            if (erased) {
                p.setAlias(Erasure.anonymousAlias(p.getID()));
                p.save();
            }
            participants.add(p.getID());
            aliases.add(p.getAlias());
        }

        private void evidence(int n, Row r) {
            r.sequence(n, evidence.size());
            Integer participant = r.ref("participantId", participants, false);
            String text = r.text("text", true);
            List<String> tags = r.tags("tags");
            String title = r.text("sourceTitle", false);
            boolean redacted = r.bool("redacted");
            String alias = participant == null ? null : aliases.get(r.integer("participantId", true) - 1);
            EvidenceEntity e = ao.create(EvidenceEntity.class, params("TEXT", text,
                    "SEARCH_TEXT", redacted ? Erasure.REDACTED_TEXT : AoEvidenceStore.searchText(text, tags, title, alias),
                    "KIND", r.constant("kind", EvidenceKind.class, true), "SECTION", r.constant("section", Section.class, true),
                    "SOURCE_KIND", r.constant("sourceKind", SourceKind.class, true), "SOURCE_TITLE", title,
                    "SOURCE_LINK", r.text("sourceLink", false), "SOURCE_MOMENT", r.integer("sourceMoment", false),
                    "PARTICIPANT_ID", participant, "PERSONA_KEY", r.text("personaKey", false), "PROJECT_KEY", r.text("projectKey", false),
                    "OBSERVED_ON", r.date("observedOn", true), "TAGS", tags.isEmpty() ? null : "|" + String.join("|", tags) + "|",
                    "STATUS", r.constant("status", EvidenceStatus.class, true), "RETIRED_REASON", r.text("retiredReason", false),
                    "REDACTED", redacted, "CREATED_BY", r.text("createdBy", false), "CREATED_AT", r.text("createdAt", false),
                    "UPDATED_BY", r.text("updatedBy", false), "UPDATED_AT", r.text("updatedAt", false),
                    "VERSION", r.integer("version", true), "OWNER", r.text("owner", false)));
            evidence.add(e.getID());
            Integer successor = r.integer("successorId", false);
            if (successor != null) {
                successors.add(e.getID());
                successors.add(successor);
            }
        }

        void end(String table) {
            if (!table.equals("evidence")) {
                return;
            }
            for (int i = 0; i < successors.size(); i += 2) {
                int archived = successors.get(i + 1);
                if (archived < 1 || archived > evidence.size()) {
                    throw new Problem(Problem.Kind.INVALID, "empathy.archive.badReference", "evidence.json", "successorId", archived);
                }
                EvidenceEntity e = ao.get(EvidenceEntity.class, successors.get(i));
                e.setSuccessorId(evidence.get(archived - 1));
                e.save();
            }
        }
    }

    /** DBParams from name/value pairs, leaving out nulls (the column's default or NULL). */
    private static DBParam[] params(Object... pairs) {
        List<DBParam> params = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                params.add(new DBParam((String) pairs[i], pairs[i + 1]));
            }
        }
        return params.toArray(new DBParam[0]);
    }

    /** One row of an archive being read, with checks that name the file, the row and the field. */
    private record Row(String table, int n, Map<String, Object> values) {

        Problem bad(String field) {
            return new Problem(Problem.Kind.INVALID, "empathy.archive.badRow", table + ".json", n, field);
        }

        String text(String field, boolean required) {
            Object v = values.get(field);
            if (v == null && !required) {
                return null;
            }
            if (!(v instanceof String s) || (required && s.isEmpty())) {
                throw bad(field);
            }
            return s;
        }

        Integer integer(String field, boolean required) {
            Object v = values.get(field);
            if (v == null && !required) {
                return null;
            }
            if (!(v instanceof Integer i)) {
                throw bad(field);
            }
            return i;
        }

        boolean bool(String field) {
            if (!(values.get(field) instanceof Boolean b)) {
                throw bad(field);
            }
            return b;
        }

        String date(String field, boolean required) {
            String s = text(field, required);
            if (s != null) {
                try {
                    java.time.LocalDate.parse(s);
                } catch (java.time.DateTimeException e) {
                    throw bad(field);
                }
            }
            return s;
        }

        <E extends Enum<E>> String constant(String field, Class<E> type, boolean required) {
            String s = text(field, required);
            if (s != null) {
                try {
                    Enum.valueOf(type, s);
                } catch (IllegalArgumentException e) {
                    throw bad(field);
                }
            }
            return s;
        }

        @SuppressWarnings("unchecked")
        List<String> tags(String field) {
            Object v = values.get(field);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list) || list.stream().anyMatch(t -> !(t instanceof String s) || s.isEmpty() || s.contains("|"))) {
                throw bad(field);
            }
            return (List<String>) list;
        }

        /** The new id of an archive id in {@code field}, which must name a row already read. */
        Integer ref(String field, IntList newIds, boolean required) {
            Integer archived = integer(field, required);
            if (archived == null) {
                return null;
            }
            if (archived < 1 || archived > newIds.size()) {
                throw new Problem(Problem.Kind.INVALID, "empathy.archive.badReference", table + ".json", field, archived);
            }
            return newIds.get(archived - 1);
        }

        /** Archive ids are 1, 2, 3... in the order of the rows. */
        void sequence(int n, int before) {
            Integer id = integer("id", true);
            if (id != before + 1) {
                throw bad("id");
            }
        }
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> untags(String tags) {
        if (tags == null || tags.length() < 3) {
            return List.of();
        }
        return List.of(tags.substring(1, tags.length() - 1).split("\\|"));
    }

    /** A growable list of ints: 4 bytes a row, where a List of Integer takes about 20. */
    static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
