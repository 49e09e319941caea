package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.MapGroup;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jakarta.inject.Inject;

/**
 * The version of a persona's map as one viewer would get it (what {@code GET /personas/{key}/map} sends as its ETag),
 * found without building the map: a fixed set of queries (the persona, its items, its stored groups with their dirty
 * tokens ({@link MapGroupStore}), what the groups are computed under, the links to its items) whatever the number of
 * pieces of evidence, once the groups are current (a group that is not is recomputed first). It changes when anything stored that the map is drawn from changes (evidence, their
 * re-confirmations and participants, items, backing, links, the freshness policy), when the day changes (freshness is
 * counted in days), and when what the viewer may see changes: it names the viewer, the projects they may browse, and
 * each linked issue as they may see it (checked on every call, as the map itself does). Two viewers never share one.
 */
@JiraComponent
public class PersonaMapVersions {

    private final MapGroupStore groups;
    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;
    private final MapFromGroups fromGroups;

    @Inject
    public PersonaMapVersions(MapGroupStore groups, EvidenceStore store, AccessPolicy access, Today today, MapFromGroups fromGroups) {
        this.groups = groups;
        this.store = store;
        this.access = access;
        this.today = today;
        this.fromGroups = fromGroups;
    }

    /** Over this group store, never read-only (tests). */
    public PersonaMapVersions(MapGroupStore groups, EvidenceStore store, AccessPolicy access, Today today) {
        this(groups, store, access, today, new MapFromGroups(groups, store, access, today, null, null));
    }

    /**
     * @param parameters everything else the answer depends on (how many quotes are listed, whether the viewer may edit)
     * @return a short token (Base64url of a SHA-256), the same for the same state, viewer, day and parameters
     */
    public Optional<String> version(String personaKey, Set<String> projects, String parameters) {
        return versioned(personaKey, projects, parameters).version();
    }

    /**
     * The version, and the map's current groups it was made from: pass them on to
     * {@link PersonaMapService#map(String, Set, int, int, MapFromGroups.Current)} so that one request reads them once.
     */
    public record Versioned(Optional<String> version, MapFromGroups.Current groups) {
    }

    /** {@link #version} with the groups it read. */
    public Versioned versioned(String personaKey, Set<String> projects, String parameters) {
        String user = access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
        Persona persona = store.persona(personaKey).orElseThrow(() -> Problem.notFound("empathy.error.personaNotFound", personaKey));
        LocalDate now = today.get();
        List<String> parts = new ArrayList<>();
        parts.add("map-v3"); // v3: drawn from the map's groups
        parts.add(user);
        parts.add(String.valueOf(access.isAdmin()));
        parts.add(now.toString());
        parts.add(parameters);
        parts.add(new TreeSet<>(projects).toString());
        parts.add(persona.key() + "|" + persona.name() + "|" + persona.description());
        List<MapItem> items = store.mapItems(personaKey);
        for (MapItem item : items) {
            parts.add(item.id() + "|" + item.section() + "|" + item.statement());
        }
        // the groups as stored, when every one is current (a fixed number of statements); otherwise made current first
        String stamp = groups.stamp();
        Map<String, MapGroupStore.Stored> stored = new LinkedHashMap<>();
        for (MapGroupStore.Stored row : groups.groups(personaKey)) {
            stored.putIfAbsent(MapFromGroups.key(row.itemId(), row.section()), row);
        }
        Map<String, String> tokens = new TreeMap<>();
        Map<String, MapGroup> byKey = new LinkedHashMap<>();
        for (String key : MapFromGroups.keys(items)) {
            MapGroupStore.Stored row = stored.get(key);
            if (row == null || !row.current(stamp, now)) {
                tokens = null;
                break;
            }
            tokens.put(key, row.dirtyToken());
            byKey.put(key, row.groupOn(now));
        }
        MapFromGroups.Current made;
        if (tokens == null) {
            made = fromGroups.current(personaKey, items, store.policies(), now);
            tokens = made.tokens();
            stamp = made.stamp();
        } else {
            made = new MapFromGroups.Current(byKey, tokens, stamp, 0);
        }
        List<MapGroup> current = new ArrayList<>(made.groups().values());
        parts.add(stamp);
        parts.add(tokens.toString());
        TreeSet<String> issueKeys = new TreeSet<>();
        for (MapGroup g : current) {
            issueKeys.addAll(g.coverKeys());
            for (MapGroup.Part p : g.parts()) {
                p.trust().forEach(t -> issueKeys.addAll(t.issueKeys()));
            }
        }
        // the links to the items themselves (few: not one per piece), with their relations
        List<String> itemLinks = new ArrayList<>();
        if (!items.isEmpty()) {
            for (IssueLink link : store.linksTo(items.stream().map(i -> LinkTarget.mapItem(i.id())).toList())) {
                itemLinks.add(link.id() + "|" + link.issueKey() + "|" + link.target().id() + "|" + link.relation());
                issueKeys.add(link.issueKey());
            }
        }
        java.util.Collections.sort(itemLinks);
        parts.add(itemLinks.toString());
        parts.add(new TreeSet<>(access.browsableProjects()).toString());
        for (String issueKey : issueKeys) {
            Optional<IssueRef> issue = access.visibleIssue(issueKey);
            parts.add(issueKey + "=" + issue.map(Object::toString).orElse("-"));
        }
        return new Versioned(Optional.of(digest(parts)), made);
    }

    private static String digest(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
