package com.empathyevidence.app;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;

/** A persona's empathy map, permission-checked: what the Confluence macro shows. */
@JiraComponent
public class PersonaMapService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;

    @Inject
    public PersonaMapService(EvidenceStore store, AccessPolicy access, Today today) {
        this.store = store;
        this.access = access;
        this.today = today;
    }

    public PersonaMap map(String personaKey) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        Persona persona = store.persona(personaKey)
                .orElseThrow(() -> new Problem(Problem.Kind.NOT_FOUND, "empathy.error.personaNotFound", personaKey));
        LocalDate now = today.get();
        FreshnessPolicy policy = FreshnessPolicy.defaults();
        Map<Section, List<AssessedEvidence>> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, new ArrayList<>());
        }
        Map<String, Boolean> projectVisible = new HashMap<>();
        int hidden = 0;
        for (Evidence e : store.forPersona(personaKey)) {
            boolean mayBrowse = e.projectKey() == null || projectVisible.computeIfAbsent(e.projectKey(), access::canBrowseProject);
            if (mayBrowse) {
                sections.get(e.section()).add(new AssessedEvidence(e, e.freshness(policy, now), null));
            } else {
                hidden++;
            }
        }
        return new PersonaMap(persona, sections, hidden);
    }
}
