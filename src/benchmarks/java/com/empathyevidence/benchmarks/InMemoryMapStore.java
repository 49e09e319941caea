package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only, in-memory {@link EvidenceStore} test double holding one persona's map, for the in-memory map
 * benchmark only: it answers exactly the reads {@code PersonaMapService.map} makes (persona, policies, forPersona,
 * mapItems, backing, linksTo) from prebuilt, immutable data, so the benchmark measures the service's own work.
 * {@link #linksTo} looks each target up in a hash map, as cheap as a store answer can be. {@link #create} wraps it
 * in {@link Doubles}: every other store method throws.
 */
final class InMemoryMapStore {

    private final Persona persona;
    private final FreshnessPolicies policies;
    private final List<Evidence> evidence;
    private final List<MapItem> items;
    private final Map<Long, List<Long>> backing;
    private final Map<LinkTarget, List<IssueLink>> linksByTarget;

    static EvidenceStore create(Persona persona, FreshnessPolicies policies, List<Evidence> evidence, List<MapItem> items,
                                Map<Long, List<Long>> backing, Map<LinkTarget, List<IssueLink>> linksByTarget) {
        return Doubles.of(EvidenceStore.class, new InMemoryMapStore(persona, policies, evidence, items, backing, linksByTarget));
    }

    private InMemoryMapStore(Persona persona, FreshnessPolicies policies, List<Evidence> evidence, List<MapItem> items,
                     Map<Long, List<Long>> backing, Map<LinkTarget, List<IssueLink>> linksByTarget) {
        this.persona = persona;
        this.policies = policies;
        this.evidence = List.copyOf(evidence);
        this.items = List.copyOf(items);
        this.backing = Map.copyOf(backing);
        this.linksByTarget = Map.copyOf(linksByTarget);
    }

    public Optional<Persona> persona(String key) {
        return persona.key().equals(key) ? Optional.of(persona) : Optional.empty();
    }

    public FreshnessPolicies policies() {
        return policies;
    }

    public List<Evidence> forPersona(String personaKey) {
        return persona.key().equals(personaKey) ? evidence : List.of();
    }

    public List<MapItem> mapItems(String personaKey) {
        return persona.key().equals(personaKey) ? items : List.of();
    }

    public Map<Long, List<Long>> backing(String personaKey) {
        return persona.key().equals(personaKey) ? backing : Map.of();
    }

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
}
