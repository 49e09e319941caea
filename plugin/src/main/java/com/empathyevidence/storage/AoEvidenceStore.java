package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.LinkedEvidence;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The evidence store over Active Objects: the same code runs in Jira, Confluence and the workbench. */
@JiraComponent
public class AoEvidenceStore implements EvidenceStore {

    /** Stay well below the 1,000-item IN-list limit of some databases. */
    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public AoEvidenceStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Persona savePersona(Persona persona) {
        return ao.executeInTransaction(() -> {
            PersonaEntity[] existing = ao.find(PersonaEntity.class, Query.select().where("PERSONA_KEY = ?", persona.key()));
            PersonaEntity entity = existing.length > 0 ? existing[0]
                    : ao.create(PersonaEntity.class, new DBParam("PERSONA_KEY", persona.key()), new DBParam("NAME", persona.name()));
            entity.setName(persona.name());
            entity.setDescription(persona.description());
            entity.save();
            return toPersona(entity);
        });
    }

    @Override
    public Optional<Persona> persona(String key) {
        PersonaEntity[] found = ao.find(PersonaEntity.class, Query.select().where("PERSONA_KEY = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(toPersona(found[0]));
    }

    @Override
    public Evidence createEvidence(NewEvidence e) {
        return ao.executeInTransaction(() -> {
            ParticipantEntity participant = e.participantAlias() == null ? null : participant(e.participantAlias(), e.participantSegment());
            EvidenceEntity entity = ao.create(EvidenceEntity.class,
                    new DBParam("TEXT", e.text()),
                    new DBParam("KIND", e.kind().name()),
                    new DBParam("SECTION", e.section().name()),
                    new DBParam("SOURCE_KIND", e.source().kind().name()),
                    new DBParam("OBSERVED_ON", e.observedOn().toString()));
            entity.setSourceTitle(e.source().title());
            entity.setSourceLink(e.source().link());
            entity.setSourceMoment(e.source().momentSeconds());
            entity.setParticipantId(participant == null ? null : participant.getID());
            entity.setPersonaKey(e.personaKey());
            entity.setProjectKey(e.projectKey());
            entity.setCreatedBy(e.createdBy());
            entity.setCreatedAt(Instant.now().toString());
            entity.save();
            return toEvidence(entity, participant == null ? null : toParticipant(participant));
        });
    }

    private ParticipantEntity participant(String alias, String segment) {
        ParticipantEntity[] found = ao.find(ParticipantEntity.class, Query.select().where("ALIAS = ?", alias));
        if (found.length > 0) {
            return found[0];
        }
        ParticipantEntity created = ao.create(ParticipantEntity.class, new DBParam("ALIAS", alias));
        created.setSegment(segment);
        created.save();
        return created;
    }

    @Override
    public void link(String issueKey, long evidenceId, Relation relation, String linkedBy, String note) {
        ao.executeInTransaction(() -> {
            IssueLinkEntity[] existing = ao.find(IssueLinkEntity.class,
                    Query.select().where("ISSUE_KEY = ? AND EVIDENCE_ID = ?", issueKey, (int) evidenceId));
            IssueLinkEntity link = existing.length > 0 ? existing[0]
                    : ao.create(IssueLinkEntity.class, new DBParam("ISSUE_KEY", issueKey),
                    new DBParam("EVIDENCE_ID", (int) evidenceId), new DBParam("RELATION", relation.name()));
            link.setRelation(relation.name());
            link.setLinkedBy(linkedBy);
            link.setLinkedAt(Instant.now().toString());
            link.setNote(note);
            link.save();
            return null;
        });
    }

    @Override
    public List<LinkedEvidence> linkedToIssue(String issueKey) {
        IssueLinkEntity[] links = ao.find(IssueLinkEntity.class, Query.select().where("ISSUE_KEY = ?", issueKey).order("ID"));
        Set<Integer> evidenceIds = new LinkedHashSet<>();
        for (IssueLinkEntity link : links) {
            evidenceIds.add(link.getEvidenceId());
        }
        Map<Integer, Evidence> evidence = evidenceByIds(evidenceIds);
        List<LinkedEvidence> result = new ArrayList<>(links.length);
        for (IssueLinkEntity link : links) {
            Evidence e = evidence.get(link.getEvidenceId());
            if (e != null) {
                result.add(new LinkedEvidence(e, Relation.valueOf(link.getRelation()), link.getLinkedBy(),
                        link.getLinkedAt() == null ? null : Instant.parse(link.getLinkedAt()), link.getNote()));
            }
        }
        return result;
    }

    @Override
    public List<Evidence> forPersona(String personaKey) {
        EvidenceEntity[] rows = ao.find(EvidenceEntity.class, Query.select().where("PERSONA_KEY = ?", personaKey).order("OBSERVED_ON DESC, ID"));
        return toEvidence(Arrays.asList(rows));
    }

    @Override
    public boolean isEmpty() {
        return ao.count(EvidenceEntity.class) == 0 && ao.count(PersonaEntity.class) == 0;
    }

    private Map<Integer, Evidence> evidenceByIds(Collection<Integer> ids) {
        List<EvidenceEntity> rows = findByIds(EvidenceEntity.class, "ID", ids);
        Map<Integer, Evidence> byId = new HashMap<>();
        for (Evidence e : toEvidence(rows)) {
            byId.put((int) e.id(), e);
        }
        return byId;
    }

    /** Maps rows to evidence, loading all their participants in one more query. */
    private List<Evidence> toEvidence(List<EvidenceEntity> rows) {
        Set<Integer> participantIds = new LinkedHashSet<>();
        for (EvidenceEntity row : rows) {
            if (row.getParticipantId() != null) {
                participantIds.add(row.getParticipantId());
            }
        }
        Map<Integer, Participant> participants = new HashMap<>();
        for (ParticipantEntity p : findByIds(ParticipantEntity.class, "ID", participantIds)) {
            participants.put(p.getID(), toParticipant(p));
        }
        List<Evidence> result = new ArrayList<>(rows.size());
        for (EvidenceEntity row : rows) {
            result.add(toEvidence(row, row.getParticipantId() == null ? null : participants.get(row.getParticipantId())));
        }
        return result;
    }

    private <T extends RawEntity<Integer>> List<T> findByIds(Class<T> type, String column, Collection<Integer> ids) {
        List<T> result = new ArrayList<>();
        List<Integer> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Integer> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String placeholders = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            result.addAll(Arrays.asList(ao.find(type, Query.select().where(column + " IN (" + placeholders + ")", chunk.toArray()))));
        }
        return result;
    }

    private static Persona toPersona(PersonaEntity e) {
        return new Persona(e.getPersonaKey(), e.getName(), e.getDescription() == null ? "" : e.getDescription());
    }

    private static Participant toParticipant(ParticipantEntity p) {
        return new Participant(p.getID(), p.getAlias(), p.getSegment(), p.getRole());
    }

    private static Evidence toEvidence(EvidenceEntity e, Participant participant) {
        return new Evidence(e.getID(), e.getText(), EvidenceKind.valueOf(e.getKind()), Section.valueOf(e.getSection()),
                new Source(SourceKind.valueOf(e.getSourceKind()), e.getSourceTitle(), e.getSourceLink(), e.getSourceMoment()),
                participant, e.getPersonaKey(), e.getProjectKey(), LocalDate.parse(e.getObservedOn()),
                e.getLastReconfirmedOn() == null ? null : LocalDate.parse(e.getLastReconfirmedOn()));
    }

}
