package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceChanges;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only, in-memory {@link EvidenceStore} test double holding one persona's map, for the in-memory map
 * benchmark only: it answers exactly the reads {@code PersonaMapService.map} makes (persona, policies, forPersona,
 * mapItems, backing, linksTo) from prebuilt, immutable data, so the benchmark measures the service's own work.
 * {@link #linksTo} looks each target up in a hash map, as cheap as a store answer can be. Everything else throws.
 */
final class InMemoryMapStore implements EvidenceStore {

    private final Persona persona;
    private final FreshnessPolicies policies;
    private final List<Evidence> evidence;
    private final List<MapItem> items;
    private final Map<Long, List<Long>> backing;
    private final Map<LinkTarget, List<IssueLink>> linksByTarget;

    InMemoryMapStore(Persona persona, FreshnessPolicies policies, List<Evidence> evidence, List<MapItem> items,
                     Map<Long, List<Long>> backing, Map<LinkTarget, List<IssueLink>> linksByTarget) {
        this.persona = persona;
        this.policies = policies;
        this.evidence = List.copyOf(evidence);
        this.items = List.copyOf(items);
        this.backing = Map.copyOf(backing);
        this.linksByTarget = Map.copyOf(linksByTarget);
    }

    @Override
    public Optional<Persona> persona(String key) {
        return persona.key().equals(key) ? Optional.of(persona) : Optional.empty();
    }

    @Override
    public FreshnessPolicies policies() {
        return policies;
    }

    @Override
    public List<Evidence> forPersona(String personaKey) {
        return persona.key().equals(personaKey) ? evidence : List.of();
    }

    @Override
    public List<MapItem> mapItems(String personaKey) {
        return persona.key().equals(personaKey) ? items : List.of();
    }

    @Override
    public Map<Long, List<Long>> backing(String personaKey) {
        return persona.key().equals(personaKey) ? backing : Map.of();
    }

    @Override
    public List<IssueLink> linksTo(Collection<LinkTarget> targets) {
        List<IssueLink> result = new ArrayList<>();
        for (LinkTarget t : targets) {
            List<IssueLink> links = linksByTarget.get(t);
            if (links != null) {
                result.addAll(links);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- not used by PersonaMapService.map

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not part of the in-memory map benchmark");
    }

    @Override public Persona savePersona(Persona p) { throw unused(); }
    @Override public List<Persona> personas() { throw unused(); }
    @Override public Participant createParticipant(String alias, String segment, String role, boolean consent) { throw unused(); }
    @Override public Optional<Participant> participant(String alias) { throw unused(); }
    @Override public List<Participant> participants() { throw unused(); }
    @Override public int eraseParticipant(long participantId, String actor) { throw unused(); }
    @Override public List<String> auditLog() { throw unused(); }
    @Override public Evidence createEvidence(NewEvidence e) { throw unused(); }
    @Override public Map<String, Participant> participants(Collection<String> aliases) { throw unused(); }
    @Override public Imported importEvidence(List<NewEvidence> evidence, ImportListener listener) { throw unused(); }
    @Override public Optional<Evidence> evidence(long id) { throw unused(); }
    @Override public Evidence updateEvidence(long id, EvidenceChanges changes) { throw unused(); }
    @Override public Evidence retire(long id, String reason, Long successorId, String by) { throw unused(); }
    @Override public Reconfirmation reconfirm(long evidenceId, LocalDate confirmedOn, String note, String author) { throw unused(); }
    @Override public List<Reconfirmation> reconfirmations(long evidenceId) { throw unused(); }
    @Override public Page<Evidence> search(EvidenceQuery query) { throw unused(); }
    @Override public MapItem createMapItem(String personaKey, Section section, String statement) { throw unused(); }
    @Override public Optional<MapItem> mapItem(long id) { throw unused(); }
    @Override public void back(long mapItemId, long evidenceId) { throw unused(); }
    @Override public void unback(long mapItemId, long evidenceId) { throw unused(); }
    @Override public IssueLink link(String issueKey, LinkTarget target, Relation relation, String linkedBy, String note) { throw unused(); }
    @Override public IssueLink relink(String issueKey, LinkTarget target, Relation relation, String by) { throw unused(); }
    @Override public boolean unlink(String issueKey, LinkTarget target) { throw unused(); }
    @Override public List<IssueLink> links(String issueKey) { throw unused(); }
    @Override public IssueLinks linkedToIssue(String issueKey) { throw unused(); }
    @Override public void setShelfLife(String projectKey, SourceKind kind, Integer days, String by) { throw unused(); }
    @Override public boolean isEmpty() { throw unused(); }
}
