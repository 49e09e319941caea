package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.domain.Erasure;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceChanges;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.LinkedEvidence;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The evidence store over Active Objects: the same code runs in Jira and the workbench, on H2 and PostgreSQL.
 * Uniqueness (aliases, persona keys, links, backings, edit claims) is enforced by unique columns, so simultaneous
 * writers from several nodes cannot create duplicates or lose an update.
 */
@JiraComponent
public class AoEvidenceStore implements EvidenceStore {

    /** Stay well below the 1,000-item IN-list limit of some databases. */
    private static final int IN_CHUNK = 500;
    private static final String GLOBAL_SCOPE = "*";
    private static final int ERASE_ATTEMPTS = 5;

    private final ActiveObjects ao;

    @Inject
    public AoEvidenceStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    // ---------------------------------------------------------------- personas

    @Override
    public Persona savePersona(Persona persona) {
        PersonaEntity entity = first(ao.find(PersonaEntity.class, where("PERSONA_KEY = ?", persona.key())));
        if (entity == null) {
            try {
                entity = ao.create(PersonaEntity.class, new DBParam("PERSONA_KEY", persona.key()), new DBParam("NAME", persona.name()));
            } catch (RuntimeException raced) {
                entity = first(ao.find(PersonaEntity.class, where("PERSONA_KEY = ?", persona.key())));
                if (entity == null) {
                    throw raced;
                }
            }
        }
        entity.setName(persona.name());
        entity.setDescription(persona.description());
        entity.save();
        return toPersona(entity);
    }

    @Override
    public Persona createPersona(Persona persona) {
        try {
            return toPersona(ao.create(PersonaEntity.class, new DBParam("PERSONA_KEY", persona.key()), new DBParam("NAME", persona.name()),
                    new DBParam("DESCRIPTION", persona.description())));
        } catch (RuntimeException taken) {
            // The unique key refused it: the persona exists, or a simultaneous create made it first. Never overwrite it.
            if (isConstraintViolation(taken) || persona(persona.key()).isPresent()) {
                throw Problem.conflict("empathy.error.personaTaken", persona.key());
            }
            throw taken;
        }
    }

    @Override
    public Optional<Persona> persona(String key) {
        return Optional.ofNullable(first(ao.find(PersonaEntity.class, where("PERSONA_KEY = ?", key)))).map(AoEvidenceStore::toPersona);
    }

    @Override
    public List<Persona> personas() {
        List<Persona> result = new ArrayList<>();
        for (PersonaEntity p : ao.find(PersonaEntity.class, Query.select().order("NAME"))) {
            result.add(toPersona(p));
        }
        return result;
    }

    // ---------------------------------------------------------------- participants

    @Override
    public Participant createParticipant(String alias, String segment, String role, boolean consent) {
        if (first(ao.find(ParticipantEntity.class, where("ALIAS = ?", alias))) != null) {
            throw Problem.conflict("empathy.error.aliasTaken", alias);
        }
        ParticipantEntity created;
        try {
            created = ao.create(ParticipantEntity.class, new DBParam("ALIAS", alias), new DBParam("SEGMENT", segment),
                    new DBParam("ROLE", role), new DBParam("CONSENT", consent), new DBParam("ERASED", false));
        } catch (RuntimeException raced) {
            if (first(ao.find(ParticipantEntity.class, where("ALIAS = ?", alias))) != null) {
                throw Problem.conflict("empathy.error.aliasTaken", alias);
            }
            throw raced;
        }
        return toParticipant(created);
    }

    @Override
    public Optional<Participant> participant(String alias) {
        return Optional.ofNullable(first(ao.find(ParticipantEntity.class, where("ALIAS = ?", alias)))).map(AoEvidenceStore::toParticipant);
    }

    @Override
    public Map<String, Participant> participants(Collection<String> aliases) {
        Map<String, Participant> result = new HashMap<>();
        for (ParticipantEntity p : findIn(ParticipantEntity.class, "ALIAS", new LinkedHashSet<>(aliases), null)) {
            result.put(p.getAlias(), toParticipant(p));
        }
        return result;
    }

    @Override
    public Participant updateParticipant(long id, String segment, String role, boolean consent, int expectedVersion) {
        Participant updated = inTransaction(() -> {
            ParticipantEntity p = row(ParticipantEntity.class, id);
            if (p == null) {
                throw Problem.notFound("empathy.error.participantNotFound", String.valueOf(id));
            }
            if (p.getVersion() != expectedVersion) {
                throw Problem.conflict("empathy.error.staleParticipant", p.getAlias());
            }
            try {
                // the same unique claim as an edit of evidence, so one of two simultaneous updates from one version wins
                ao.create(EditEntity.class, new DBParam("EDIT_KEY", "participant:" + id + "|" + (expectedVersion + 1)),
                        new DBParam("EVIDENCE_ID", 0), new DBParam("EDITED_AT", Instant.now().toString()));
            } catch (RuntimeException lostTheRace) {
                throw Problem.conflict("empathy.error.staleParticipant", p.getAlias());
            }
            p.setSegment(segment);
            p.setRole(role);
            p.setConsent(consent);
            p.setVersion(expectedVersion + 1);
            p.save();
            return toParticipant(p);
        }, false, () -> { });
        markMap(evidenceIdsOfParticipant(id)); // a segment counts in the maps' confidence: the groups of their pieces
        return updated;
    }

    @Override
    public Map<String, LocalDate> erasedAliases(Collection<String> aliases) {
        Map<String, LocalDate> result = new HashMap<>();
        for (ParticipantEntity p : findIn(ParticipantEntity.class, "ERASED_ALIAS", new LinkedHashSet<>(aliases), null)) {
            result.put(p.getErasedAlias(), LocalDate.parse(p.getErasedOn()));
        }
        return result;
    }

    @Override
    public List<Participant> participants() {
        List<Participant> result = new ArrayList<>();
        for (ParticipantEntity p : ao.find(ParticipantEntity.class, Query.select().order("ALIAS"))) {
            result.add(toParticipant(p));
        }
        return result;
    }

    /** Finds a participant by alias or creates it; safe when two requests create the same alias at once. */
    private ParticipantEntity findOrCreateParticipant(String alias, String segment, boolean consent) {
        ParticipantEntity found = first(ao.find(ParticipantEntity.class, where("ALIAS = ?", alias)));
        if (found != null) {
            return found;
        }
        try {
            return ao.create(ParticipantEntity.class, new DBParam("ALIAS", alias), new DBParam("SEGMENT", segment),
                    new DBParam("CONSENT", consent), new DBParam("ERASED", false));
        } catch (RuntimeException raced) {
            found = first(ao.find(ParticipantEntity.class, where("ALIAS = ?", alias)));
            if (found == null) {
                throw raced;
            }
            return found;
        }
    }

    @Override
    public int eraseParticipant(long participantId, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                int erased = ao.executeInTransaction(() -> erase(participantId, actor));
                markMap(evidenceIdsOfParticipant(participantId)); // their quotes are redacted: the groups of their pieces
                return erased;
            } catch (RuntimeException e) {
                // An edit of one of the quotes claimed the same version first (or the database chose this transaction
                // to break a deadlock): everything was rolled back; erase again, over the edited text.
                if ((e instanceof Problem p && p.kind() != Problem.Kind.CONFLICT) || attempt >= ERASE_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private int erase(long participantId, String actor) {
        ParticipantEntity participant = row(ParticipantEntity.class, participantId);
        if (participant == null) {
            throw Problem.notFound("empathy.error.participantNotFound", String.valueOf(participantId));
        }
        int redacted = 0;
        for (EvidenceEntity e : ao.find(EvidenceEntity.class, where("PARTICIPANT_ID = ?", key(participantId)).order("ID"))) {
            boolean quote = EvidenceKind.QUOTE.name().equals(e.getKind()) && !e.isRedacted();
            if (quote || e.getSourceLink() != null || e.getSourceMoment() != null) {
                // Claimed like an edit, so an edit from the same version cannot write the text back afterwards. The
                // link and the moment lead to the person's own words in the recording: they go too.
                EvidenceEntity claimed = claim(e.getID(), e.getVersion(), actor);
                claimed.setSourceLink(null);
                claimed.setSourceMoment(null);
                if (quote) {
                    claimed.setText(Erasure.REDACTED_TEXT);
                    claimed.setSearchText(Erasure.REDACTED_TEXT);
                    claimed.setRedacted(true);
                    redacted++;
                }
                claimed.save();
            }
        }
        if (!participant.isErased()) {
            participant.setErasedAlias(participant.getAlias());
            participant.setErasedOn(LocalDate.now(java.time.ZoneOffset.UTC).toString());
        }
        participant.setAlias(Erasure.anonymousAlias(participantId));
        participant.setSegment(null);
        participant.setRole(null);
        participant.setErased(true);
        participant.save();
        audit("ERASE_PARTICIPANT", "participant:" + participantId, actor);
        return redacted;
    }

    private void audit(String action, String subject, String actor) {
        ao.create(AuditEntity.class, new DBParam("ACTION", action), new DBParam("SUBJECT", subject),
                new DBParam("ACTOR", actor), new DBParam("AT", Instant.now().toString()));
    }

    @Override
    public List<String> auditLog() {
        List<String> result = new ArrayList<>();
        for (AuditEntity a : ao.find(AuditEntity.class, Query.select().order("ID DESC"))) {
            result.add(a.getAction() + "|" + a.getSubject() + "|" + a.getActor() + "|" + a.getAt());
        }
        return result;
    }

    // ---------------------------------------------------------------- evidence

    /**
     * The participant (found or created) and the evidence in one transaction: a failed insert leaves no new
     * participant behind. A simultaneous create of the same new participant makes the unique alias refuse ours and
     * the database roll everything back; the next attempt finds that participant.
     */
    @Override
    public Evidence createEvidence(NewEvidence e) {
        String alias = blank(e.participantAlias()) ? null : e.participantAlias().trim();
        EvidenceEntity entity = inTransaction(() -> {
            ParticipantEntity participant = alias == null ? null : participantFor(alias, e.participantSegment(), e.participantConsent());
            return ao.create(EvidenceEntity.class, evidenceRow(e, participant == null ? null : participant.getID(), Instant.now().toString()));
        }, true, () -> { });
        markMap(List.of((long) entity.getID())); // after the commit: its section's unsorted group
        return toEvidence(List.of(entity)).get(0);
    }

    /** Inside a transaction: finds the participant or creates it; a unique-key refusal is left to {@link #inTransaction}. */
    private ParticipantEntity participantFor(String alias, String segment, boolean consent) {
        ParticipantEntity found = first(ao.find(ParticipantEntity.class, where("ALIAS = ?", alias)));
        if (found != null) {
            return found;
        }
        return ao.create(ParticipantEntity.class, new DBParam("ALIAS", alias), new DBParam("SEGMENT", blank(segment) ? null : segment),
                new DBParam("CONSENT", consent), new DBParam("ERASED", false));
    }

    /**
     * Marks the map groups these pieces are in now (their sections' unsorted groups, the items they back) dirty: called
     * after the write committed, so a recompute that read the pieces before it finds its group dirty again.
     */
    private void markMap(Collection<Long> evidenceIds) {
        AoMapGroups.touching(ao, evidenceIds).mark(ao);
    }

    /** Marks the groups a link write changes: a piece's groups (links to items are read with the map itself). */
    private void markMap(LinkTarget target) {
        if (target.type() == LinkTarget.Type.EVIDENCE) {
            markMap(List.of(target.id()));
        }
    }

    /**
     * Runs {@code work} in one transaction, retried by {@link Retry} when the database refused it because of a
     * simultaneous writer (with {@code retryOnUniqueKey} also when a unique key that a simultaneous insert took first
     * refused a row), then CONFLICT {@code empathy.error.busy}: never a server error. A {@link Problem} is passed on.
     */
    <T> T inTransaction(com.atlassian.sal.api.transaction.TransactionCallback<T> work, boolean retryOnUniqueKey, Runnable beforeRetry) {
        return retrying(() -> ao.executeInTransaction(work), retryOnUniqueKey, beforeRetry);
    }

    /** {@link #inTransaction} for a write that is not (or is already) one transaction: retried the same way, then 409. */
    private <T> T retrying(java.util.function.Supplier<T> write, boolean retryOnUniqueKey, Runnable beforeRetry) {
        return Retry.run(write, retryOnUniqueKey, beforeRetry);
    }

    private static DBParam[] evidenceRow(NewEvidence e, Integer participantId, String now) {
        return new DBParam[] {
                new DBParam("TEXT", e.text()),
                new DBParam("SEARCH_TEXT", searchText(e.text(), e.tags(), e.source().title(), e.participantAlias())),
                new DBParam("KIND", e.kind().name()),
                new DBParam("SECTION", e.section().name()),
                new DBParam("SOURCE_KIND", e.source().kind().name()),
                new DBParam("SOURCE_TITLE", e.source().title()),
                new DBParam("SOURCE_LINK", blank(e.source().link()) ? null : e.source().link().trim()),
                new DBParam("SOURCE_MOMENT", e.source().momentSeconds()),
                new DBParam("PARTICIPANT_ID", participantId),
                new DBParam("PERSONA_KEY", blank(e.personaKey()) ? null : e.personaKey()),
                new DBParam("PROJECT_KEY", e.projectKey()),
                new DBParam("OBSERVED_ON", e.observedOn().toString()),
                new DBParam("TAGS", tags(e.tags())),
                new DBParam("STATUS", EvidenceStatus.ACTIVE.name()),
                new DBParam("REDACTED", false),
                new DBParam("CREATED_BY", e.createdBy()),
                new DBParam("CREATED_AT", now),
                new DBParam("UPDATED_BY", e.createdBy()),
                new DBParam("UPDATED_AT", now),
                new DBParam("VERSION", 1)};
    }

    @Override
    public Imported importEvidence(List<NewEvidence> evidence, ImportListener listener) {
        // Another request created one of the new participants at the same moment (the unique alias refused ours), or the
        // database chose this transaction to break a deadlock: everything was rolled back, so import once more; this
        // time the participant is found.
        Imported imported = inTransaction(() -> importAll(evidence, listener), true, listener::restarted);
        // new pieces back nothing yet: their sections' unsorted groups, known from the rows (no read of what was written)
        Set<String> unsorted = new java.util.HashSet<>();
        for (NewEvidence e : evidence) {
            if (!blank(e.personaKey()) && e.section() != null) {
                unsorted.add(e.section().name() + "|" + e.personaKey());
            }
        }
        new AoMapGroups.Marks(unsorted, Set.of(), Set.of()).mark(ao);
        return imported;
    }

    /** Participants in one query per 500 aliases, then one insert per new participant and per piece of evidence. */
    Imported importAll(List<NewEvidence> evidence, ImportListener listener) {
        Map<String, String> segments = new LinkedHashMap<>();
        Map<String, Boolean> consents = new HashMap<>();
        for (NewEvidence e : evidence) {
            if (!blank(e.participantAlias())) {
                segments.putIfAbsent(e.participantAlias().trim(), e.participantSegment());
                consents.putIfAbsent(e.participantAlias().trim(), e.participantConsent());
            }
        }
        Map<String, Integer> participantIds = new HashMap<>();
        for (ParticipantEntity p : findIn(ParticipantEntity.class, "ALIAS", segments.keySet(), null)) {
            participantIds.put(p.getAlias(), p.getID());
        }
        int created = 0;
        for (Map.Entry<String, String> alias : segments.entrySet()) {
            if (!participantIds.containsKey(alias.getKey())) {
                ParticipantEntity p = ao.create(ParticipantEntity.class, new DBParam("ALIAS", alias.getKey()),
                        new DBParam("SEGMENT", blank(alias.getValue()) ? null : alias.getValue()), new DBParam("CONSENT", consents.get(alias.getKey())),
                        new DBParam("ERASED", false));
                participantIds.put(alias.getKey(), p.getID());
                created++;
            }
        }
        String now = Instant.now().toString();
        List<Long> ids = new ArrayList<>(evidence.size());
        for (NewEvidence e : evidence) {
            Integer participantId = blank(e.participantAlias()) ? null : participantIds.get(e.participantAlias().trim());
            ids.add((long) ao.create(EvidenceEntity.class, evidenceRow(e, participantId, now)).getID());
            listener.written(ids.size(), evidence.size());
        }
        return new Imported(ids, created);
    }

    @Override
    public Optional<Evidence> evidence(long id) {
        EvidenceEntity entity = row(EvidenceEntity.class, id);
        return entity == null ? Optional.empty() : Optional.of(toEvidence(List.of(entity)).get(0));
    }

    @Override
    public List<Evidence> evidence(Collection<Long> ids) {
        java.util.TreeSet<Integer> keys = new java.util.TreeSet<>();
        ids.stream().filter(id -> id >= 1 && id <= Integer.MAX_VALUE).forEach(id -> keys.add(key(id)));
        List<EvidenceEntity> rows = findIn(EvidenceEntity.class, "ID", keys, null);
        rows.sort(java.util.Comparator.comparingInt(EvidenceEntity::getID));
        return toEvidence(rows);
    }

    @Override
    public Evidence updateEvidence(long id, EvidenceChanges c) {
        String alias = blank(c.participantAlias()) ? null : c.participantAlias().trim();
        boolean newParticipant = alias != null && participant(alias).isEmpty();
        // the groups it is in before the edit (it may move section, persona or project) and after
        AoMapGroups.Marks before = AoMapGroups.touching(ao, List.of(id));
        try {
            updateInTransaction(id, c, alias);
        } catch (Problem problem) {
            throw problem;
        } catch (RuntimeException raced) {
            if (isTransactionRollback(raced)) {
                // The database broke a deadlock with a simultaneous writer (an erasure) by rolling this update back.
                throw Problem.conflict("empathy.error.staleVersion", String.valueOf(id), "");
            }
            // Another request created the same new participant at the same moment: everything was rolled back and
            // the participant exists now, so the update can be made once more from the same version.
            if (!newParticipant || participant(alias).isEmpty()) {
                throw raced;
            }
            updateInTransaction(id, c, alias);
        }
        before.and(AoMapGroups.touching(ao, List.of(id))).mark(ao);
        return evidence(id).orElseThrow();
    }

    /** The version is claimed first, so a stale update fails before anything (a new participant too) is written. */
    private void updateInTransaction(long id, EvidenceChanges c, String alias) {
        ao.executeInTransaction(() -> {
            EvidenceEntity entity = claim(id, c.expectedVersion(), c.updatedBy());
            ParticipantEntity participant = alias == null ? null : findOrCreateParticipant(alias, null, c.participantConsent());
            if (entity.isRedacted()) {
                // Erasure is irreversible: the text of a redacted quote stays gone, whatever an editor sends.
                entity.setText(Erasure.REDACTED_TEXT);
                entity.setSearchText(Erasure.REDACTED_TEXT);
            } else {
                entity.setText(c.text());
                entity.setSearchText(searchText(c.text(), c.tags(), c.source().title(), alias));
            }
            entity.setKind(c.kind().name());
            entity.setSection(c.section().name());
            entity.setSourceKind(c.source().kind().name());
            entity.setSourceTitle(c.source().title());
            // nor do the link and the moment of an erased person's words come back
            entity.setSourceLink(entity.isRedacted() || blank(c.source().link()) ? null : c.source().link().trim());
            entity.setSourceMoment(entity.isRedacted() ? null : c.source().momentSeconds());
            entity.setParticipantId(participant == null ? null : participant.getID());
            entity.setPersonaKey(blank(c.personaKey()) ? null : c.personaKey());
            entity.setObservedOn(c.observedOn().toString());
            entity.setTags(tags(c.tags()));
            entity.save();
            return null;
        });
    }

    /**
     * Claims the next version of a piece of evidence for this transaction. The unique edit key makes exactly one of
     * two simultaneous edits from the same version succeed; the other gets a CONFLICT and changes nothing.
     */
    private EvidenceEntity claim(long id, int expectedVersion, String by) {
        EvidenceEntity entity = row(EvidenceEntity.class, id);
        if (entity == null) {
            throw Problem.notFound("empathy.error.evidenceNotFound", String.valueOf(id));
        }
        if (entity.getVersion() != expectedVersion) {
            throw Problem.conflict("empathy.error.staleVersion", String.valueOf(id), entity.getUpdatedBy() == null ? "" : entity.getUpdatedBy());
        }
        String now = Instant.now().toString();
        try {
            ao.create(EditEntity.class, new DBParam("EDIT_KEY", id + "|" + (expectedVersion + 1)),
                    new DBParam("EVIDENCE_ID", key(id)), new DBParam("EDITED_BY", by), new DBParam("EDITED_AT", now));
        } catch (RuntimeException lostTheRace) {
            throw Problem.conflict("empathy.error.staleVersion", String.valueOf(id), "");
        }
        entity.setVersion(expectedVersion + 1);
        entity.setUpdatedBy(by);
        entity.setUpdatedAt(now);
        return entity;
    }

    @Override
    /**
     * Retires active evidence, claiming its next version like an edit: of simultaneous retirements exactly one
     * succeeds. Those that read the row before it committed lose the claim; those that read it after find it retired.
     */
    public Evidence retire(long id, String reason, Long successorId, String by) {
        try {
            inTransaction(() -> {
                EvidenceEntity current = row(EvidenceEntity.class, id);
                if (current == null) {
                    throw Problem.notFound("empathy.error.evidenceNotFound", String.valueOf(id));
                }
                if (!EvidenceStatus.ACTIVE.name().equals(current.getStatus())) {
                    throw Problem.conflict("empathy.error.alreadyRetired", String.valueOf(id));
                }
                EvidenceEntity entity = claim(id, current.getVersion(), by);
                entity.setStatus(EvidenceStatus.RETIRED.name());
                entity.setRetiredReason(reason);
                entity.setSuccessorId(successorId == null ? null : key(successorId));
                entity.save();
                return null;
            }, false, () -> { });
        } catch (Problem conflict) {
            // Lost the claim to a simultaneous writer: say what happened when it was another retirement.
            if (conflict.kind() == Problem.Kind.CONFLICT && evidence(id).map(e -> !e.isActive()).orElse(false)) {
                throw Problem.conflict("empathy.error.alreadyRetired", String.valueOf(id));
            }
            throw conflict;
        }
        markMap(List.of(id));
        return evidence(id).orElseThrow();
    }

    @Override
    public Reconfirmation reconfirm(long evidenceId, LocalDate confirmedOn, String note, String author) {
        ReconfirmationEntity row = ao.create(ReconfirmationEntity.class, new DBParam("EVIDENCE_ID", key(evidenceId)),
                new DBParam("CONFIRMED_ON", confirmedOn.toString()), new DBParam("NOTE", note),
                new DBParam("AUTHOR", author), new DBParam("RECORDED_AT", Instant.now().toString()));
        markMap(List.of(evidenceId));
        return toReconfirmation(row);
    }

    @Override
    public List<Reconfirmation> reconfirmations(long evidenceId) {
        List<Reconfirmation> result = new ArrayList<>();
        for (ReconfirmationEntity r : ao.find(ReconfirmationEntity.class,
                where("EVIDENCE_ID = ?", key(evidenceId)).order("CONFIRMED_ON DESC, ID DESC"))) {
            result.add(toReconfirmation(r));
        }
        return result;
    }

    @Override
    public Page<Evidence> search(EvidenceQuery q) {
        EvidenceClauses where = EvidenceClauses.of(ao, q);
        int total = ao.count(EvidenceEntity.class, where.select(null, null));
        Query page = where.select(null, null).order(EvidenceClauses.order(q.sort())).offset(q.offset()).limit(q.limit());
        return new Page<>(toEvidence(Arrays.asList(ao.find(EvidenceEntity.class, page))), total, q.offset(), q.limit());
    }

    @Override
    public List<Evidence> forPersona(String personaKey) {
        return toEvidence(Arrays.asList(ao.find(EvidenceEntity.class, where("PERSONA_KEY = ?", personaKey).order("OBSERVED_ON DESC, ID DESC"))));
    }

    // ---------------------------------------------------------------- map items

    @Override
    public MapItem createMapItem(String personaKey, Section section, String statement) {
        MapItemEntity e = ao.create(MapItemEntity.class, new DBParam("PERSONA_KEY", personaKey),
                new DBParam("SECTION", section.name()), new DBParam("STATEMENT", statement));
        return toMapItem(e);
    }

    @Override
    public Optional<MapItem> mapItem(long id) {
        MapItemEntity e = row(MapItemEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toMapItem(e));
    }

    @Override
    public MapItem updateMapItem(long id, Section section, String statement) {
        MapItemEntity e = row(MapItemEntity.class, id);
        if (e == null) {
            throw Problem.notFound("empathy.error.mapItemNotFound", String.valueOf(id));
        }
        e.setSection(section.name());
        e.setStatement(statement);
        e.save();
        new AoMapGroups.Marks(java.util.Set.of(), java.util.Set.of(id), java.util.Set.of()).mark(ao);
        return toMapItem(e);
    }

    @Override
    public void deleteMapItem(long id) {
        // the pieces that backed it may become unsorted, or be counted in another of their items
        AoMapGroups.Marks backed = AoMapGroups.touchingItems(ao, List.of(id));
        inTransaction(() -> {
            ao.deleteWithSQL(MapGroupEntity.class, "ITEM_ID = ?", key(id));
            ao.deleteWithSQL(BackingEntity.class, "MAP_ITEM_ID = ?", key(id));
            ao.deleteWithSQL(IssueLinkEntity.class, "TARGET_TYPE = ? AND TARGET_ID = ?", LinkTarget.Type.MAP_ITEM.name(), key(id));
            ao.deleteWithSQL(MapItemEntity.class, "ID = ?", key(id));
            return null;
        }, false, () -> { });
        backed.mark(ao);
    }

    @Override
    public List<MapItem> mapItems(String personaKey) {
        List<MapItem> result = new ArrayList<>();
        for (MapItemEntity e : ao.find(MapItemEntity.class, where("PERSONA_KEY = ?", personaKey).order("ID"))) {
            result.add(toMapItem(e));
        }
        return result;
    }

    @Override
    public void back(long mapItemId, long evidenceId) {
        String key = mapItemId + "|" + evidenceId;
        if (first(ao.find(BackingEntity.class, where("BACKING_KEY = ?", key))) != null) {
            throw Problem.conflict("empathy.error.alreadyBacks", String.valueOf(evidenceId), String.valueOf(mapItemId));
        }
        try {
            ao.create(BackingEntity.class, new DBParam("BACKING_KEY", key), new DBParam("MAP_ITEM_ID", key(mapItemId)),
                    new DBParam("EVIDENCE_ID", key(evidenceId)));
        } catch (RuntimeException raced) {
            throw Problem.conflict("empathy.error.alreadyBacks", String.valueOf(evidenceId), String.valueOf(mapItemId));
        }
        markMap(List.of(evidenceId)); // its items (the new one too), and the section it leaves
    }

    @Override
    public void unback(long mapItemId, long evidenceId) {
        ao.deleteWithSQL(BackingEntity.class, "BACKING_KEY = ?", mapItemId + "|" + evidenceId);
        new AoMapGroups.Marks(java.util.Set.of(), java.util.Set.of(mapItemId), java.util.Set.of())
                .and(AoMapGroups.touching(ao, List.of(evidenceId))).mark(ao);
    }

    @Override
    public Map<Long, List<Long>> backing(String personaKey) {
        List<Integer> itemIds = new ArrayList<>();
        for (MapItemEntity e : ao.find(MapItemEntity.class, where("PERSONA_KEY = ?", personaKey))) {
            itemIds.add(e.getID());
        }
        return backingOf(itemIds);
    }

    private Map<Long, List<Long>> backingOf(Collection<Integer> mapItemIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (Integer id : mapItemIds) {
            result.put((long) id, new ArrayList<>());
        }
        List<BackingEntity> rows = findIn(BackingEntity.class, "MAP_ITEM_ID", mapItemIds, null);
        rows.sort(java.util.Comparator.comparingInt(BackingEntity::getID)); // in backing order, as the panel's aggregates list them
        for (BackingEntity b : rows) {
            result.get((long) b.getMapItemId()).add((long) b.getEvidenceId());
        }
        return result;
    }

    // ---------------------------------------------------------------- links

    @Override
    public IssueLink link(String issueKey, LinkTarget target, Relation relation, String linkedBy, String note) {
        // A serializable database may refuse the insert because a simultaneous unlink deleted the row: try again.
        IssueLink made = retrying(() -> linkOnce(issueKey, target, relation, linkedBy, note), false, () -> { });
        markMap(target);
        return made;
    }

    private IssueLink linkOnce(String issueKey, LinkTarget target, Relation relation, String linkedBy, String note) {
        String key = target.linkKey(issueKey);
        if (first(ao.find(IssueLinkEntity.class, where("LINK_KEY = ?", key))) != null) {
            throw Problem.conflict("empathy.error.duplicateLink", issueKey);
        }
        String linkedAt = Instant.now().toString();
        IssueLinkEntity created;
        try {
            created = ao.create(IssueLinkEntity.class, new DBParam("LINK_KEY", key), new DBParam("ISSUE_KEY", issueKey),
                    new DBParam("TARGET_TYPE", target.type().name()), new DBParam("TARGET_ID", key(target.id())),
                    new DBParam("RELATION", relation.name()), new DBParam("LINKED_BY", linkedBy),
                    new DBParam("LINKED_AT", linkedAt), new DBParam("NOTE", note));
        } catch (RuntimeException raced) {
            // The unique key refused a simultaneous duplicate (which a simultaneous unlink may already have removed).
            if (isConstraintViolation(raced) || first(ao.find(IssueLinkEntity.class, where("LINK_KEY = ?", key))) != null) {
                throw Problem.conflict("empathy.error.duplicateLink", issueKey);
            }
            throw raced;
        }
        // From what was written, not read back: a simultaneous unlink may already have deleted the row.
        return new IssueLink(created.getID(), issueKey, target, relation, linkedBy, Instant.parse(linkedAt), note);
    }

    /** {@link Retry#isTransactionRollback}: the database gave this transaction up because of a simultaneous writer. */
    static boolean isTransactionRollback(Throwable failure) {
        return Retry.isTransactionRollback(failure);
    }

    /** {@link Retry#isConstraintViolation}: a unique key refused the row. */
    static boolean isConstraintViolation(Throwable failure) {
        return Retry.isConstraintViolation(failure);
    }

    @Override
    public IssueLink relink(String issueKey, LinkTarget target, Relation relation, String by) {
        IssueLinkEntity link = first(ao.find(IssueLinkEntity.class, where("LINK_KEY = ?", target.linkKey(issueKey))));
        if (link == null) {
            throw Problem.notFound("empathy.error.linkNotFound", issueKey);
        }
        link.setRelation(relation.name());
        link.save();
        markMap(target);
        return toLink(link);
    }

    @Override
    public boolean unlink(String issueKey, LinkTarget target) {
        boolean removed = retrying(() -> ao.deleteWithSQL(IssueLinkEntity.class, "LINK_KEY = ?", target.linkKey(issueKey)) > 0, false, () -> { });
        markMap(target);
        return removed;
    }

    // ---------------------------------------------------------------- create and link; undo of unlink

    /** Request keys and undo tokens are kept this long. */
    private static final java.time.Duration REQUEST_KEPT = java.time.Duration.ofDays(7);
    private static final java.time.Duration UNDO_KEPT = java.time.Duration.ofDays(1);

    @Override
    public CreatedAndLinked createAndLink(NewEvidence e, String issueKey, Relation relation, String note, String requestKey) {
        // One transaction, retried as every write of this store is (a deadlock or serialization victim, or a unique key
        // that a simultaneous insert took first: the same new participant, the same request key), at most
        // Retry.ATTEMPTS times, then 409 "busy": never a server error. Each attempt first looks for what a request
        // with the same key already made (a retry of the client's, or a simultaneous one that committed first).
        if (requestKey != null) {
            // Request keys older than a week go first, as a statement of its own: inside the transaction this read of the
            // whole table made every simultaneous add-and-link a serialization conflict of every other one.
            retrying(() -> ao.deleteWithSQL(WriteRequestEntity.class, "CREATED_AT < ?", Instant.now().minus(REQUEST_KEPT).toString()), false, () -> { });
        }
        CreatedAndLinked made = retrying(() -> {
            if (requestKey != null) {
                Optional<CreatedAndLinked> done = replay(requestKey);
                if (done.isPresent()) {
                    return done.get();
                }
            }
            return ao.executeInTransaction(() -> createAndLinkOnce(e, issueKey, relation, note, requestKey));
        }, true, () -> { });
        markMap(List.of(made.evidence().id()));
        return made;
    }

    private CreatedAndLinked createAndLinkOnce(NewEvidence e, String issueKey, Relation relation, String note, String requestKey) {
        ParticipantEntity participant = blank(e.participantAlias()) ? null : findOrCreateParticipant(e.participantAlias().trim(), e.participantSegment(), e.participantConsent());
        String now = Instant.now().toString();
        EvidenceEntity entity = ao.create(EvidenceEntity.class, evidenceRow(e, participant == null ? null : participant.getID(), now));
        LinkTarget target = LinkTarget.evidence(entity.getID());
        IssueLinkEntity link = ao.create(IssueLinkEntity.class, new DBParam("LINK_KEY", target.linkKey(issueKey)),
                new DBParam("ISSUE_KEY", issueKey), new DBParam("TARGET_TYPE", target.type().name()),
                new DBParam("TARGET_ID", entity.getID()), new DBParam("RELATION", relation.name()),
                new DBParam("LINKED_BY", e.createdBy()), new DBParam("LINKED_AT", now), new DBParam("NOTE", note));
        if (requestKey != null) {
            ao.create(WriteRequestEntity.class, new DBParam("REQUEST_KEY", requestKey), new DBParam("EVIDENCE_ID", entity.getID()),
                    new DBParam("ISSUE_KEY", issueKey), new DBParam("CREATED_AT", now));
        }
        return new CreatedAndLinked(toEvidence(List.of(entity)).get(0),
                new IssueLink(link.getID(), issueKey, target, relation, e.createdBy(), Instant.parse(now), note), false);
    }

    private Optional<CreatedAndLinked> replay(String requestKey) {
        WriteRequestEntity done = first(ao.find(WriteRequestEntity.class, where("REQUEST_KEY = ?", requestKey)));
        if (done == null) {
            return Optional.empty();
        }
        Optional<Evidence> evidence = evidence(done.getEvidenceId());
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        IssueLinkEntity link = first(ao.find(IssueLinkEntity.class,
                where("LINK_KEY = ?", LinkTarget.evidence(done.getEvidenceId()).linkKey(done.getIssueKey()))));
        return Optional.of(new CreatedAndLinked(evidence.get(), link == null ? null : toLink(link), true));
    }

    @Override
    public Optional<IssueLink> unlinkForUndo(String issueKey, LinkTarget target, String token, String by) {
        String key = target.linkKey(issueKey);
        Optional<IssueLink> unlinked = inTransaction(() -> {
            IssueLinkEntity row = first(ao.find(IssueLinkEntity.class, where("LINK_KEY = ?", key)));
            if (row == null) {
                return Optional.<IssueLink>empty();
            }
            IssueLink removed = toLink(row);
            ao.deleteWithSQL(UnlinkedEntity.class, "UNLINKED_AT < ?", Instant.now().minus(UNDO_KEPT).toString());
            ao.create(UnlinkedEntity.class, new DBParam("TOKEN", token), new DBParam("ISSUE_KEY", issueKey),
                    new DBParam("TARGET_TYPE", target.type().name()), new DBParam("TARGET_ID", key(target.id())),
                    new DBParam("RELATION", removed.relation().name()), new DBParam("LINKED_BY", removed.linkedBy()),
                    new DBParam("LINKED_AT", row.getLinkedAt()), new DBParam("NOTE", removed.note()),
                    new DBParam("UNLINKED_BY", by), new DBParam("UNLINKED_AT", Instant.now().toString()));
            if (ao.deleteWithSQL(IssueLinkEntity.class, "LINK_KEY = ?", key) == 0) {
                // a simultaneous unlink removed it first: roll the token back, there is nothing of ours to undo
                throw Problem.notFound("empathy.error.linkNotFound", issueKey);
            }
            return Optional.of(removed);
        }, false, () -> { });
        markMap(target);
        return unlinked;
    }

    @Override
    public IssueLink restoreLink(String issueKey, String token) {
        try {
            IssueLink restored = inTransaction(() -> {
                UnlinkedEntity u = first(ao.find(UnlinkedEntity.class, where("TOKEN = ? AND ISSUE_KEY = ?", token, issueKey)));
                if (u == null || u.getUnlinkedAt().compareTo(Instant.now().minus(UNDO_KEPT).toString()) < 0) {
                    throw Problem.notFound("empathy.error.undoNotFound", issueKey);
                }
                LinkTarget target = new LinkTarget(LinkTarget.Type.valueOf(u.getTargetType()), u.getTargetId());
                String key = target.linkKey(issueKey);
                if (first(ao.find(IssueLinkEntity.class, where("LINK_KEY = ?", key))) != null) {
                    throw Problem.conflict("empathy.error.duplicateLink", issueKey);
                }
                IssueLinkEntity created = ao.create(IssueLinkEntity.class, new DBParam("LINK_KEY", key), new DBParam("ISSUE_KEY", issueKey),
                        new DBParam("TARGET_TYPE", target.type().name()), new DBParam("TARGET_ID", u.getTargetId()),
                        new DBParam("RELATION", u.getRelation()), new DBParam("LINKED_BY", u.getLinkedBy()),
                        new DBParam("LINKED_AT", u.getLinkedAt()), new DBParam("NOTE", u.getNote()));
                if (ao.deleteWithSQL(UnlinkedEntity.class, "ID = ?", u.getID()) == 0) {
                    throw Problem.notFound("empathy.error.undoNotFound", issueKey); // a simultaneous undo used it first
                }
                return new IssueLink(created.getID(), issueKey, target, Relation.valueOf(u.getRelation()), u.getLinkedBy(),
                        instant(u.getLinkedAt()), u.getNote());
            }, false, () -> { });
            markMap(restored.target());
            return restored;
        } catch (Problem problem) {
            throw problem;
        } catch (RuntimeException raced) {
            if (isConstraintViolation(raced)) {
                throw Problem.conflict("empathy.error.duplicateLink", issueKey);
            }
            throw raced;
        }
    }

    @Override
    public List<IssueLink> links(String issueKey) {
        List<IssueLink> result = new ArrayList<>();
        for (IssueLinkEntity l : ao.find(IssueLinkEntity.class, where("ISSUE_KEY = ?", issueKey).order("ID"))) {
            result.add(toLink(l));
        }
        return result;
    }

    @Override
    public IssueLinks linkedToIssue(String issueKey) {
        return linkedToIssues(List.of(issueKey)).get(issueKey);
    }

    @Override
    public Map<String, IssueLinks> linkedToIssues(Collection<String> issueKeys) {
        Map<String, List<IssueLink>> linksByIssue = new java.util.LinkedHashMap<>();
        for (String key : issueKeys) {
            linksByIssue.put(key, new ArrayList<>());
        }
        List<IssueLinkEntity> rows = findIn(IssueLinkEntity.class, "ISSUE_KEY", linksByIssue.keySet(), null);
        rows.sort(java.util.Comparator.comparingInt(IssueLinkEntity::getID));
        Set<Integer> itemIds = new LinkedHashSet<>();
        Set<Integer> evidenceIds = new LinkedHashSet<>();
        for (IssueLinkEntity row : rows) {
            IssueLink link = toLink(row);
            linksByIssue.get(row.getIssueKey()).add(link);
            (link.target().type() == LinkTarget.Type.EVIDENCE ? evidenceIds : itemIds).add(key(link.target().id()));
        }
        Map<Integer, MapItem> items = new HashMap<>();
        for (MapItemEntity e : findIn(MapItemEntity.class, "ID", itemIds, null)) {
            items.put(e.getID(), toMapItem(e));
        }
        Map<Long, List<Long>> backing = backingOf(items.keySet());
        backing.values().forEach(ids -> ids.forEach(id -> evidenceIds.add(key(id))));
        Map<Long, Evidence> evidence = new HashMap<>();
        for (Evidence e : toEvidence(findIn(EvidenceEntity.class, "ID", evidenceIds, null))) {
            evidence.put(e.id(), e);
        }
        Map<String, IssueLinks> result = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<IssueLink>> issue : linksByIssue.entrySet()) {
            List<LinkedEvidence> direct = new ArrayList<>();
            List<LinkedMapItem> viaItems = new ArrayList<>();
            for (IssueLink link : issue.getValue()) {
                if (link.target().type() == LinkTarget.Type.EVIDENCE) {
                    Evidence e = evidence.get(link.target().id());
                    if (e != null) {
                        direct.add(new LinkedEvidence(e, link.relation(), link.linkedBy(), link.linkedAt(), link.note()));
                    }
                } else {
                    MapItem item = items.get(key(link.target().id()));
                    if (item != null) {
                        List<Evidence> backed = new ArrayList<>();
                        for (Long id : backing.getOrDefault(item.id(), List.of())) {
                            Evidence e = evidence.get(id);
                            if (e != null) {
                                backed.add(e);
                            }
                        }
                        viaItems.add(new LinkedMapItem(item, link, backed));
                    }
                }
            }
            result.put(issue.getKey(), new IssueLinks(direct, viaItems));
        }
        return result;
    }

    @Override
    public int refreshSearchTexts() {
        int rewritten = 0;
        int after = 0;
        while (true) {
            EvidenceEntity[] rows = ao.find(EvidenceEntity.class, Query.select().where("ID > ?", after).order("ID").limit(IN_CHUNK));
            if (rows == null || rows.length == 0) {
                return rewritten;
            }
            Set<Integer> participantIds = new LinkedHashSet<>();
            for (EvidenceEntity row : rows) {
                if (row.getParticipantId() != null) {
                    participantIds.add(row.getParticipantId());
                }
            }
            Map<Integer, String> aliases = new HashMap<>();
            for (ParticipantEntity p : findIn(ParticipantEntity.class, "ID", participantIds, null)) {
                aliases.put(p.getID(), p.getAlias());
            }
            for (EvidenceEntity row : rows) {
                String expected = searchText(row.getText(), untags(row.getTags()), row.getSourceTitle(),
                        row.getParticipantId() == null ? null : aliases.get(row.getParticipantId()));
                if (!expected.equals(row.getSearchText())) {
                    row.setSearchText(expected);
                    row.save();
                    rewritten++;
                }
            }
            after = rows[rows.length - 1].getID();
        }
    }

    @Override
    public List<Long> evidenceIdsOfParticipant(long participantId) {
        List<Long> ids = new ArrayList<>();
        for (EvidenceEntity e : ao.find(EvidenceEntity.class, where("PARTICIPANT_ID = ?", key(participantId)).order("ID"))) {
            ids.add((long) e.getID());
        }
        return ids;
    }

    @Override
    public List<Long> mapItemsBackedBy(Collection<Long> evidenceIds) {
        java.util.TreeSet<Long> items = new java.util.TreeSet<>();
        List<Integer> ids = new ArrayList<>();
        evidenceIds.forEach(id -> ids.add(key(id)));
        for (BackingEntity b : findIn(BackingEntity.class, "EVIDENCE_ID", ids, null)) {
            items.add((long) b.getMapItemId());
        }
        return new ArrayList<>(items);
    }

    @Override
    public List<String> linkedIssueKeys() {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (IssueLinkEntity l : ao.find(IssueLinkEntity.class, Query.select())) {
            keys.add(l.getIssueKey());
        }
        return new ArrayList<>(keys);
    }

    @Override
    public List<IssueLink> linksTo(Collection<LinkTarget> targets) {
        List<Integer> evidence = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (LinkTarget t : targets) {
            (t.type() == LinkTarget.Type.EVIDENCE ? evidence : items).add(key(t.id()));
        }
        List<IssueLink> result = new ArrayList<>();
        for (IssueLinkEntity l : findIn(IssueLinkEntity.class, "TARGET_ID", evidence, "TARGET_TYPE = 'EVIDENCE'")) {
            result.add(toLink(l));
        }
        for (IssueLinkEntity l : findIn(IssueLinkEntity.class, "TARGET_ID", items, "TARGET_TYPE = 'MAP_ITEM'")) {
            result.add(toLink(l));
        }
        return result;
    }

    // ---------------------------------------------------------------- policy

    @Override
    public FreshnessPolicies policies() {
        Map<SourceKind, Integer> global = new EnumMap<>(SourceKind.class);
        Map<String, Map<SourceKind, Integer>> perProject = new HashMap<>();
        for (ShelfLifeEntity e : ao.find(ShelfLifeEntity.class)) {
            SourceKind kind = SourceKind.valueOf(e.getSourceKind());
            if (GLOBAL_SCOPE.equals(e.getScope())) {
                global.put(kind, e.getDays());
            } else {
                perProject.computeIfAbsent(e.getScope(), k -> new EnumMap<>(SourceKind.class)).put(kind, e.getDays());
            }
        }
        Map<String, Integer> aging = AoAgingThresholds.all(ao);
        Integer globalAging = aging.remove(AoAgingThresholds.GLOBAL_SCOPE);
        return new FreshnessPolicies(global, perProject, globalAging, aging);
    }

    @Override
    public void setAgingThreshold(String projectKey, Integer percent, String by) {
        String scope = projectKey == null ? GLOBAL_SCOPE : projectKey;
        inTransaction(() -> {
            AoAgingThresholds.set(ao, scope, percent, by);
            audit("SET_AGING_THRESHOLD", scope + "=" + (percent == null ? "default" : percent), by);
            return null;
        }, true, () -> { });
    }

    @Override
    public void setShelfLife(String projectKey, SourceKind kind, Integer days, String by) {
        String scope = projectKey == null ? GLOBAL_SCOPE : projectKey;
        String key = scope + "|" + kind.name();
        // The change and its audit entry in one transaction; a simultaneous first setting of the same key makes the
        // unique key refuse ours, and the next attempt updates the row the other request made.
        inTransaction(() -> {
            if (days == null) {
                ao.deleteWithSQL(ShelfLifeEntity.class, "POLICY_KEY = ?", key);
            } else {
                ShelfLifeEntity e = first(ao.find(ShelfLifeEntity.class, where("POLICY_KEY = ?", key)));
                if (e == null) {
                    ao.create(ShelfLifeEntity.class, new DBParam("POLICY_KEY", key), new DBParam("SCOPE", scope),
                            new DBParam("SOURCE_KIND", kind.name()), new DBParam("DAYS", days), new DBParam("UPDATED_BY", by));
                } else {
                    e.setDays(days);
                    e.setUpdatedBy(by);
                    e.save();
                }
            }
            audit("SET_SHELF_LIFE", shelfLifeSubject(scope, kind, days), by);
            return null;
        }, true, () -> { });
    }

    /** "scope:KIND=days" ("default" when cleared): no "|", which separates the fields of an audit entry. */
    private static String shelfLifeSubject(String scope, SourceKind kind, Integer days) {
        return scope + ":" + kind.name() + "=" + (days == null ? "default" : days);
    }

    @Override
    public boolean isEmpty() {
        return ao.count(EvidenceEntity.class) == 0 && ao.count(PersonaEntity.class) == 0;
    }

    // ---------------------------------------------------------------- mapping

    /** Maps rows to evidence, loading their participants and re-confirmations in two more queries. */
    private List<Evidence> toEvidence(List<EvidenceEntity> rows) {
        Set<Integer> participantIds = new LinkedHashSet<>();
        Set<Integer> ids = new LinkedHashSet<>();
        for (EvidenceEntity row : rows) {
            ids.add(row.getID());
            if (row.getParticipantId() != null) {
                participantIds.add(row.getParticipantId());
            }
        }
        Map<Integer, Participant> participants = new HashMap<>();
        for (ParticipantEntity p : findIn(ParticipantEntity.class, "ID", participantIds, null)) {
            participants.put(p.getID(), toParticipant(p));
        }
        Map<Integer, LocalDate> lastConfirmed = new HashMap<>();
        for (ReconfirmationEntity r : findIn(ReconfirmationEntity.class, "EVIDENCE_ID", ids, null)) {
            LocalDate d = LocalDate.parse(r.getConfirmedOn());
            lastConfirmed.merge(r.getEvidenceId(), d, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<Evidence> result = new ArrayList<>(rows.size());
        for (EvidenceEntity e : rows) {
            Participant participant = e.getParticipantId() == null ? null : participants.get(e.getParticipantId());
            result.add(new Evidence(e.getID(), e.getText(), EvidenceKind.valueOf(e.getKind()), Section.valueOf(e.getSection()),
                    new Source(SourceKind.valueOf(e.getSourceKind()), e.getSourceTitle(), e.getSourceLink(), e.getSourceMoment()),
                    participant, e.getPersonaKey(), e.getProjectKey(), LocalDate.parse(e.getObservedOn()),
                    lastConfirmed.get(e.getID()), untags(e.getTags()), EvidenceStatus.valueOf(e.getStatus()), e.getRetiredReason(),
                    e.getSuccessorId() == null ? null : e.getSuccessorId().longValue(), e.isRedacted(), e.getCreatedBy(),
                    instant(e.getCreatedAt()), e.getUpdatedBy(), instant(e.getUpdatedAt()), e.getVersion()));
        }
        return result;
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

    private static Query where(String clause, Object... params) {
        return Query.select().where(clause, params);
    }

    private static <T> T first(T[] rows) {
        return rows.length == 0 ? null : rows[0];
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What a search finds a piece by: its text, tags, source title and participant alias, lower-cased. */
    static String searchText(String text, List<String> tags, String sourceTitle, String participantAlias) {
        return (text + " " + String.join(" ", tags) + (blank(sourceTitle) ? "" : " " + sourceTitle)
                + (blank(participantAlias) ? "" : " " + participantAlias.trim())).toLowerCase(java.util.Locale.ROOT);
    }

    private static String tags(List<String> tags) {
        return tags.isEmpty() ? null : "|" + String.join("|", tags) + "|";
    }

    private static List<String> untags(String tags) {
        if (tags == null || tags.length() < 3) {
            return List.of();
        }
        return List.of(tags.substring(1, tags.length() - 1).split("\\|"));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static Persona toPersona(PersonaEntity e) {
        return new Persona(e.getPersonaKey(), e.getName(), e.getDescription() == null ? "" : e.getDescription());
    }

    private static Participant toParticipant(ParticipantEntity p) {
        return new Participant(p.getID(), p.getAlias(), p.getSegment(), p.getRole(), p.isConsent(), p.isErased(), p.getVersion());
    }

    private static MapItem toMapItem(MapItemEntity e) {
        return new MapItem(e.getID(), e.getPersonaKey(), Section.valueOf(e.getSection()), e.getStatement());
    }

    private static IssueLink toLink(IssueLinkEntity l) {
        return new IssueLink(l.getID(), l.getIssueKey(), new LinkTarget(LinkTarget.Type.valueOf(l.getTargetType()), l.getTargetId()),
                Relation.valueOf(l.getRelation()), l.getLinkedBy(), instant(l.getLinkedAt()), l.getNote());
    }

    private static Reconfirmation toReconfirmation(ReconfirmationEntity r) {
        return new Reconfirmation(r.getID(), r.getEvidenceId(), LocalDate.parse(r.getConfirmedOn()), r.getNote(), r.getAuthor(),
                instant(r.getRecordedAt()));
    }

    // ---------------------------------------------------------------- ids

    /**
     * The row with this id, or null. Active Objects' keys are ints: an id outside 1..Integer.MAX_VALUE names no row
     * (never cast it, or 2^32+1 would read, update and link row 1).
     */
    private <T extends net.java.ao.RawEntity<Integer>> T row(Class<T> type, long id) {
        return id < 1 || id > Integer.MAX_VALUE ? null : ao.get(type, (int) id);
    }

    /** An id as the int key it is stored under; callers have found the row first, so an id out of range is a bug. */
    private static int key(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("No row can have the id " + id);
        }
        return (int) id;
    }
}
