package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.ConfidenceRule;
import com.empathyevidence.domain.RollupRule;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.ValidationTask;
import com.empathyevidence.domain.TrustRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * A persona's empathy map, permission-checked: what the Confluence macro shows. A fixed number of store queries
 * per map, whatever the number of items and evidence.
 */
@JiraComponent
public class PersonaMapService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;
    private final ValidationTasks validationTasks;
    private final MapFromGroups groups;

    @Inject
    public PersonaMapService(EvidenceStore store, AccessPolicy access, Today today, ValidationTasks validationTasks,
                             MapFromGroups groups) {
        this.store = store;
        this.access = access;
        this.today = today;
        this.validationTasks = validationTasks;
        this.groups = groups;
    }

    /** Over this group store (tests and benchmarks). */
    public PersonaMapService(EvidenceStore store, AccessPolicy access, Today today, ValidationTasks validationTasks,
                             MapGroupStore groupStore, HostAccessMode accessMode) {
        this(store, access, today, validationTasks, new MapFromGroups(groupStore, store, access, today, validationTasks, accessMode));
    }

    /** Without stored groups: every map is drawn from all of its pieces. */
    public PersonaMapService(EvidenceStore store, AccessPolicy access, Today today, ValidationTasks validationTasks) {
        this(store, access, today, validationTasks, (MapFromGroups) null);
    }

    /** Without validation tasks (tests and benchmarks of the rest of the map): no item shows one. */
    public PersonaMapService(EvidenceStore store, AccessPolicy access, Today today) {
        this(store, access, today, null);
    }

    /** The groups the map is drawn from when few pieces are listed; null without a group store. */
    public MapFromGroups groups() {
        return groups;
    }

    /**
     * The map listing at most {@code quotes} pieces per item and {@code unsorted} per section (every count still covers
     * all of them): from the stored groups, a bounded number of rows whatever the number of pieces, when at most
     * {@link com.empathyevidence.domain.MapGroupFacts#LISTED} of each are asked for; otherwise from all of the pieces.
     */
    public PersonaMap map(String personaKey, Set<String> projects, int quotes, int unsorted) {
        return map(personaKey, projects, quotes, unsorted, null);
    }

    /** {@link #map(String, Set, int, int)} from groups this request already read (its version's); null: read them. */
    public PersonaMap map(String personaKey, Set<String> projects, int quotes, int unsorted, MapFromGroups.Current read) {
        if (groups != null && MapFromGroups.serves(quotes, unsorted)) {
            return groups.map(personaKey, projects, quotes, unsorted, read);
        }
        return map(personaKey, projects);
    }

    public PersonaMap map(String personaKey) {
        return map(personaKey, Set.of());
    }

    /**
     * The map drawn only from evidence owned by the given Jira projects (all projects when empty). Evidence in a
     * named project the viewer may not browse is counted as hidden, never shown. When the persona has evidence but
     * the viewer may see none of it, the answer is "forbidden": the map would only be assumptions to them.
     */
    public PersonaMap map(String personaKey, Set<String> projects) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        Persona persona = store.persona(personaKey).orElseThrow(() -> Problem.notFound("empathy.error.personaNotFound", personaKey));
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        IssueEvidenceService.Visibility visibility = new IssueEvidenceService.Visibility(access);

        Map<Long, AssessedEvidence> evidence = new LinkedHashMap<>();
        // Active evidence the viewer may not see, by id, with its section: counted where it counts, never shown.
        Map<Long, Section> hiddenEvidence = new LinkedHashMap<>();
        // ... and assessed, for the items' confidence, which (like the roll-up's counts) is the item's, whoever reads it
        Map<Long, AssessedEvidence> hiddenAssessed = new HashMap<>();
        for (Evidence e : store.forPersona(personaKey)) {
            if (!e.isActive() || (!projects.isEmpty() && !projects.contains(e.projectKey()))) {
                continue;
            }
            if (visibility.canSee(e)) {
                evidence.put(e.id(), IssueEvidenceService.assess(e, policies, now, null));
            } else {
                hiddenEvidence.put(e.id(), e.section());
                hiddenAssessed.put(e.id(), IssueEvidenceService.assess(e, policies, now, null));
            }
        }
        int hidden = hiddenEvidence.size();
        if (evidence.isEmpty() && hidden > 0) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.personaNoAccess", persona.name());
        }
        List<MapItem> items = store.mapItems(personaKey);
        Map<Long, List<Long>> backing = store.backing(personaKey);

        List<LinkTarget> targets = new ArrayList<>();
        // every piece the reader sees, for the trust figure (which pieces are linked to open work)
        evidence.keySet().forEach(id -> targets.add(LinkTarget.evidence(id)));
        for (MapItem item : items) {
            targets.add(LinkTarget.mapItem(item.id()));
            backing.getOrDefault(item.id(), List.of()).forEach(id -> targets.add(LinkTarget.evidence(id)));
        }
        List<ValidationTask> tasks = validationTasks == null || items.isEmpty() ? List.of()
                : validationTasks.forItems(items.stream().map(MapItem::id).toList());
        Map<LinkTarget, List<String>> issuesByTarget = new HashMap<>();
        // validation (issue 17): issues validating an item, by item; they are listed as such, not as covering it
        Map<Long, List<String>> validatingByItem = new HashMap<>();
        for (IssueLink link : store.linksTo(targets)) {
            if (tasks.stream().anyMatch(t -> t.marks(link))) {
                validatingByItem.computeIfAbsent(link.target().id(), id -> new ArrayList<>()).add(link.issueKey());
            } else {
                issuesByTarget.computeIfAbsent(link.target(), t -> new ArrayList<>()).add(link.issueKey());
            }
        }
        Map<String, Optional<IssueRef>> issues = new HashMap<>();

        Map<Section, List<PersonaMap.Item>> itemsBySection = new EnumMap<>(Section.class);
        Set<Long> sorted = new HashSet<>();
        Map<Section, Integer> hiddenBySection = new EnumMap<>(Section.class);
        for (MapItem item : items) {
            List<AssessedEvidence> backed = new ArrayList<>();
            int hiddenBacking = 0;
            List<AssessedEvidence> allBacking = new ArrayList<>();
            Set<String> covering = new LinkedHashSet<>(issuesByTarget.getOrDefault(LinkTarget.mapItem(item.id()), List.of()));
            for (Long id : backing.getOrDefault(item.id(), List.of())) {
                AssessedEvidence a = evidence.get(id);
                if (a != null) {
                    backed.add(a);
                    allBacking.add(a);
                    sorted.add(id);
                } else if (hiddenEvidence.containsKey(id)) {
                    hiddenBacking++;
                    allBacking.add(hiddenAssessed.get(id));
                    sorted.add(id);
                }
                covering.addAll(issuesByTarget.getOrDefault(LinkTarget.evidence(id), List.of()));
            }
            backed.sort((a, b) -> b.freshness().basisDate().compareTo(a.freshness().basisDate()));
            List<IssueRef> coveredBy = new ArrayList<>();
            int hiddenIssues = 0;
            for (String key : covering) {
                Optional<IssueRef> issue = issues.computeIfAbsent(key, access::visibleIssue);
                if (issue.isPresent()) {
                    coveredBy.add(issue.get());
                } else {
                    hiddenIssues++;
                }
            }
            List<IssueRef> validatedBy = new ArrayList<>();
            for (String key : validatingByItem.getOrDefault(item.id(), List.of())) {
                Optional<IssueRef> issue = issues.computeIfAbsent(key, access::visibleIssue);
                if (issue.isPresent()) {
                    validatedBy.add(issue.get());
                } else {
                    hiddenIssues++;
                }
            }
            // the section counts what backs its items, as it counts the evidence it lists (the same piece once per item)
            hiddenBySection.merge(item.section(), hiddenBacking, Integer::sum);
            itemsBySection.computeIfAbsent(item.section(), s -> new ArrayList<>())
                    .add(new PersonaMap.Item(item, RollupRule.rollup(backed, hiddenBacking), backed, coveredBy, hiddenIssues,
                            allBacking.isEmpty() ? null : ConfidenceRule.gradeBacking(allBacking, personaKey), validatedBy));
        }
        for (Map.Entry<Long, Section> h : hiddenEvidence.entrySet()) {
            if (!sorted.contains(h.getKey())) {
                hiddenBySection.merge(h.getValue(), 1, Integer::sum);
            }
        }
        Map<Section, PersonaMap.SectionContent> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<AssessedEvidence> unsorted = new ArrayList<>();
            for (AssessedEvidence a : evidence.values()) {
                if (a.evidence().section() == s && !sorted.contains(a.evidence().id())) {
                    unsorted.add(a);
                }
            }
            sections.put(s, new PersonaMap.SectionContent(itemsBySection.getOrDefault(s, List.of()), unsorted,
                    hiddenBySection.getOrDefault(s, 0)));
        }
        // the trust figure (issue 16): of the pieces the reader sees linked to open issues they see, the share fresh
        List<Freshness> behindOpenWork = new ArrayList<>();
        boolean hiddenIssue = false;
        for (AssessedEvidence a : evidence.values()) {
            boolean open = false;
            for (String key : new LinkedHashSet<>(issuesByTarget.getOrDefault(LinkTarget.evidence(a.evidence().id()), List.of()))) {
                Optional<IssueRef> issue = issues.computeIfAbsent(key, access::visibleIssue);
                if (issue.isEmpty()) {
                    hiddenIssue = true;
                } else if (TrustRule.isOpen(issue.get().statusCategory())) {
                    open = true;
                }
            }
            if (open) {
                behindOpenWork.add(a.freshness().freshness());
            }
        }
        return new PersonaMap(persona, sections, summary(evidence.values(), TrustRule.of(behindOpenWork), hidden > 0 || hiddenIssue), hidden);
    }

    private static PersonaMap.Summary summary(java.util.Collection<AssessedEvidence> evidence, TrustRule.Trust trust, boolean partial) {
        Set<String> participants = new HashSet<>();
        LocalDate earliest = null;
        LocalDate latest = null;
        int fresh = 0;
        int aging = 0;
        int stale = 0;
        for (AssessedEvidence a : evidence) {
            if (a.evidence().participant() != null) {
                participants.add(a.evidence().participant().alias());
            }
            LocalDate observed = a.evidence().observedOn();
            earliest = earliest == null || observed.isBefore(earliest) ? observed : earliest;
            latest = latest == null || observed.isAfter(latest) ? observed : latest;
            switch (a.freshness().freshness()) {
                case FRESH -> fresh++;
                case AGING -> aging++;
                case STALE -> stale++;
            }
        }
        Freshness overall = evidence.isEmpty() ? null
                : fresh >= aging && fresh >= stale ? Freshness.FRESH : aging >= stale ? Freshness.AGING : Freshness.STALE;
        return new PersonaMap.Summary(evidence.size(), participants.size(), earliest, latest, overall, fresh, aging, stale, trust, partial);
    }
}
