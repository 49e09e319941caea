package com.empathyevidence.app;

import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.MapGroupFacts;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.TrustRule;
import com.empathyevidence.domain.ValidationTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A persona's map drawn from its stored groups ({@link MapGroupStore}): a bounded number of rows whatever the number
 * of pieces (one per item and per section), plus the listed pieces themselves by id. The same map, field for field,
 * as {@link PersonaMapService}'s full path for at most {@link MapGroupFacts#LISTED} quotes per item and unsorted pieces
 * per section (a randomised contract test compares them on H2 and PostgreSQL). A stored group is brought to today
 * from its facts ({@link MapGroup#on}: the days on which its pieces turn aging and stale are kept); one that is not
 * current (marked dirty by a write, computed under other freshness policies, or for a later day) is recomputed from
 * its own pieces, and stored unless the host is read-only.
 */
@com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent
public class MapFromGroups {

    private final MapGroupStore groups;
    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;
    private final ValidationTasks validationTasks;
    private final HostAccessMode accessMode;

    @jakarta.inject.Inject
    public MapFromGroups(MapGroupStore groups, EvidenceStore store, AccessPolicy access, Today today, ValidationTasks validationTasks,
                         HostAccessMode accessMode) {
        this.groups = groups;
        this.store = store;
        this.access = access;
        this.today = today;
        this.validationTasks = validationTasks;
        this.accessMode = accessMode;
    }

    /** Whether the groups can list what is asked for (the macro asks for {@code quotes=10&unsorted=10}). */
    public static boolean serves(int quotes, int unsorted) {
        return quotes <= MapGroupFacts.LISTED && unsorted <= MapGroupFacts.LISTED;
    }

    /** The current groups of a persona's map, by key ("i" + item id, "s" + section), and their dirty tokens. */
    public record Current(Map<String, MapGroup> groups, Map<String, String> tokens, String stamp, int recomputed) {
    }

    /** Every group of the persona's map, each current (recomputing the others). */
    public Current current(String personaKey, List<MapItem> items, FreshnessPolicies policies, LocalDate now) {
        String stamp = groups.stamp();
        Map<String, MapGroupStore.Stored> stored = new LinkedHashMap<>();
        for (MapGroupStore.Stored s : groups.groups(personaKey)) {
            stored.putIfAbsent(key(s.itemId(), s.section()), s); // the first row of a key counts
        }
        Set<Long> itemIds = new java.util.HashSet<>();
        items.forEach(i -> itemIds.add(i.id()));
        Map<String, MapGroup> result = new LinkedHashMap<>();
        Map<String, String> tokens = new TreeMap<>();
        boolean write = accessMode == null || !accessMode.readOnly();
        int recomputed = 0;
        for (String key : keys(items)) {
            long itemId = key.startsWith("i") ? Long.parseLong(key.substring(1)) : 0;
            Section section = itemId == 0 ? Section.valueOf(key.substring(1)) : null;
            MapGroupStore.Stored row = stored.get(key);
            if (row != null && row.current(stamp, now)) {
                result.put(key, row.groupOn(now));
                tokens.put(key, row.dirtyToken());
                continue;
            }
            if (row == null && write) {
                row = groups.create(personaKey, itemId, section);
            }
            String token = row == null ? null : groups.dirtyToken(row.rowId()); // before the pieces are read
            MapGroup group = compute(personaKey, itemId, section, itemIds, policies, now);
            recomputed++;
            if (row != null && token != null && write) {
                groups.saveClean(row.rowId(), token, stamp, group);
            }
            result.put(key, group);
            tokens.put(key, token == null ? "unstored:" + group.hashCode() : token);
        }
        return new Current(result, tokens, stamp, recomputed);
    }

    static String key(long itemId, Section section) {
        return itemId > 0 ? "i" + itemId : "s" + section.name();
    }

    /** The keys of every group of a map with these items: one per item, one per section. */
    static List<String> keys(List<MapItem> items) {
        List<String> keys = new ArrayList<>();
        items.forEach(i -> keys.add(key(i.id(), i.section())));
        for (Section s : Section.values()) {
            keys.add(key(0, s));
        }
        return keys;
    }

    /** One group from its pieces: an item's backing, or a section's unsorted pieces. */
    MapGroup compute(String personaKey, long itemId, Section section, Set<Long> personaItems, FreshnessPolicies policies, LocalDate now) {
        List<Long> ids = new ArrayList<>();
        Map<Long, Long> rowOf = new HashMap<>();
        if (itemId > 0) {
            for (MapGroupStore.BackingRow b : groups.backingOf(itemId)) {
                ids.add(b.evidenceId());
                rowOf.put(b.evidenceId(), b.rowId());
            }
        } else {
            ids.addAll(groups.unsortedIds(personaKey, section));
        }
        Map<Long, Evidence> pieces = new HashMap<>();
        for (Evidence e : store.evidence(ids)) {
            pieces.put(e.id(), e);
        }
        Map<Long, List<Long>> backed = itemId > 0 ? groups.itemsBacked(ids) : Map.of();
        Map<Long, List<String>> linked = new HashMap<>();
        if (!ids.isEmpty()) {
            List<LinkTarget> targets = ids.stream().map(LinkTarget::evidence).toList();
            for (IssueLink link : store.linksTo(targets)) {
                linked.computeIfAbsent(link.target().id(), k -> new ArrayList<>()).add(link.issueKey());
            }
        }
        List<MapGroup.Piece> in = new ArrayList<>();
        for (Long id : ids) {
            Evidence e = pieces.get(id);
            if (e == null) {
                continue;
            }
            AssessedEvidence a = IssueEvidenceService.assess(e, policies, now, null);
            MapGroupFacts.Listed place;
            boolean primary;
            if (itemId > 0) {
                place = new MapGroupFacts.Listed(id, a.freshness().basisDate(), rowOf.get(id));
                long lowest = backed.getOrDefault(id, List.of()).stream().filter(personaItems::contains).mapToLong(Long::longValue)
                        .min().orElse(itemId);
                primary = lowest == itemId;
            } else {
                place = new MapGroupFacts.Listed(id, e.observedOn(), -id);
                primary = true;
            }
            in.add(new MapGroup.Piece(a, place, primary, linked.getOrDefault(id, List.of())));
        }
        return MapGroup.build(personaKey, itemId, section, in, now);
    }

    /** The map as {@link PersonaMapService#map(String, Set)} draws it, listing at most {@code quotes} and {@code unsorted}. */
    public PersonaMap map(String personaKey, Set<String> projects, int quotes, int unsorted) {
        return map(personaKey, projects, quotes, unsorted, null);
    }

    /** {@link #map(String, Set, int, int)} from groups already made current in this request (null: make them so). */
    public PersonaMap map(String personaKey, Set<String> projects, int quotes, int unsorted, Current read) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        Persona persona = store.persona(personaKey).orElseThrow(() -> Problem.notFound("empathy.error.personaNotFound", personaKey));
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        List<MapItem> items = store.mapItems(personaKey);
        Map<String, MapGroup> current = read != null && read.groups().keySet().equals(new java.util.HashSet<>(keys(items)))
                ? read.groups() : current(personaKey, items, policies, now).groups();
        Map<String, Boolean> browsable = new HashMap<>();
        java.util.function.Predicate<String> visible = project -> project == null || browsable.computeIfAbsent(project, access::canBrowseProject);

        // the summary first: whether the reader may see anything at all
        List<MapGroupFacts> seenPrimary = new ArrayList<>();
        List<MapGroup.TrustCount> trustCounts = new ArrayList<>();
        int hidden = 0;
        for (MapGroup g : current.values()) {
            for (MapGroup.Part p : g.partsIn(projects)) {
                if (visible.test(p.projectKey())) {
                    seenPrimary.add(p.primary());
                    trustCounts.addAll(p.trust());
                } else {
                    hidden += p.primary().count();
                }
            }
        }
        MapGroupFacts seen = MapGroupFacts.merge(seenPrimary);
        if (seen.count() == 0 && hidden > 0) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.personaNoAccess", persona.name());
        }

        List<ValidationTask> tasks = validationTasks == null || items.isEmpty() ? List.of()
                : validationTasks.forItems(items.stream().map(MapItem::id).toList());
        Map<Long, List<String>> itemIssues = new HashMap<>();
        Map<Long, List<String>> validatingByItem = new HashMap<>();
        if (!items.isEmpty()) {
            for (IssueLink link : store.linksTo(items.stream().map(i -> LinkTarget.mapItem(i.id())).toList())) {
                if (tasks.stream().anyMatch(t -> t.marks(link))) {
                    validatingByItem.computeIfAbsent(link.target().id(), id -> new ArrayList<>()).add(link.issueKey());
                } else {
                    itemIssues.computeIfAbsent(link.target().id(), id -> new ArrayList<>()).add(link.issueKey());
                }
            }
        }
        Map<String, Optional<IssueRef>> issues = new HashMap<>();

        // what is listed, read by id in one statement
        Map<String, List<Long>> listedIds = new HashMap<>();
        Map<String, MapGroupFacts> seenFacts = new HashMap<>();
        Map<String, Integer> hiddenIn = new HashMap<>();
        Map<String, MapGroupFacts> allFacts = new HashMap<>();
        List<Long> toRead = new ArrayList<>();
        for (Map.Entry<String, MapGroup> entry : current.entrySet()) {
            List<MapGroupFacts> seenParts = new ArrayList<>();
            List<MapGroupFacts> all = new ArrayList<>();
            int hiddenHere = 0;
            for (MapGroup.Part p : entry.getValue().partsIn(projects)) {
                all.add(p.all());
                if (visible.test(p.projectKey())) {
                    seenParts.add(p.all());
                } else {
                    hiddenHere += p.all().count();
                }
            }
            MapGroupFacts facts = MapGroupFacts.merge(seenParts);
            seenFacts.put(entry.getKey(), facts);
            allFacts.put(entry.getKey(), MapGroupFacts.merge(all));
            hiddenIn.put(entry.getKey(), hiddenHere);
            List<Long> ids = facts.listedIds(entry.getKey().startsWith("i") ? quotes : unsorted);
            listedIds.put(entry.getKey(), ids);
            toRead.addAll(ids);
        }
        Map<Long, AssessedEvidence> listed = new HashMap<>();
        for (Evidence e : store.evidence(new LinkedHashSet<>(toRead))) {
            listed.put(e.id(), IssueEvidenceService.assess(e, policies, now, null));
        }

        Map<Section, List<PersonaMap.Item>> itemsBySection = new EnumMap<>(Section.class);
        Map<Section, Integer> hiddenBySection = new EnumMap<>(Section.class);
        for (MapItem item : items) {
            String key = key(item.id(), item.section());
            MapGroup g = current.get(key);
            MapGroupFacts facts = seenFacts.get(key);
            int hiddenBacking = hiddenIn.get(key);
            Set<String> covering = new LinkedHashSet<>(itemIssues.getOrDefault(item.id(), List.of()));
            covering.addAll(g.coverKeys());
            List<IssueRef> coveredBy = new ArrayList<>();
            int hiddenIssues = 0;
            for (String issueKey : covering) {
                Optional<IssueRef> issue = issues.computeIfAbsent(issueKey, access::visibleIssue);
                if (issue.isPresent()) {
                    coveredBy.add(issue.get());
                } else {
                    hiddenIssues++;
                }
            }
            List<IssueRef> validatedBy = new ArrayList<>();
            for (String issueKey : validatingByItem.getOrDefault(item.id(), List.of())) {
                Optional<IssueRef> issue = issues.computeIfAbsent(issueKey, access::visibleIssue);
                if (issue.isPresent()) {
                    validatedBy.add(issue.get());
                } else {
                    hiddenIssues++;
                }
            }
            hiddenBySection.merge(item.section(), hiddenBacking, Integer::sum);
            List<AssessedEvidence> backing = listedIds.get(key).stream().map(listed::get).filter(java.util.Objects::nonNull).toList();
            itemsBySection.computeIfAbsent(item.section(), s -> new ArrayList<>())
                    .add(new PersonaMap.Item(item, facts.rollup(hiddenBacking), backing, coveredBy, hiddenIssues,
                            allFacts.get(key).confidence(), validatedBy, facts.count(), facts.stale()));
        }
        Map<Section, PersonaMap.SectionContent> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            String key = key(0, s);
            MapGroupFacts facts = seenFacts.get(key);
            List<AssessedEvidence> pieces = listedIds.get(key).stream().map(listed::get).filter(java.util.Objects::nonNull).toList();
            sections.put(s, new PersonaMap.SectionContent(itemsBySection.getOrDefault(s, List.of()), pieces,
                    hiddenBySection.getOrDefault(s, 0) + hiddenIn.get(key), facts.count(), facts.stale()));
        }
        // the trust figure: per freshness and set of linked issues, open when the reader sees one of them open
        int fresh = 0;
        int total = 0;
        boolean hiddenIssue = false;
        for (MapGroup.TrustCount t : trustCounts) {
            boolean open = false;
            for (String issueKey : t.issueKeys()) {
                Optional<IssueRef> issue = issues.computeIfAbsent(issueKey, access::visibleIssue);
                if (issue.isEmpty()) {
                    hiddenIssue = true;
                } else if (TrustRule.isOpen(issue.get().statusCategory())) {
                    open = true;
                }
            }
            if (open) {
                total += t.freshness().count();
                fresh += t.freshness().fresh();
            }
        }
        PersonaMap.Summary summary = new PersonaMap.Summary(seen.count(), seen.participants().cardinality(), seen.earliestObserved(),
                seen.latestObserved(), seen.overall(), seen.fresh(), seen.aging(), seen.stale(), new TrustRule.Trust(fresh, total),
                hidden > 0 || hiddenIssue);
        return new PersonaMap(persona, sections, summary, hidden);
    }

    static String digest(String text) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 27);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
