package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jakarta.inject.Inject;

/**
 * The version of a persona's map as one viewer would get it (what {@code GET /personas/{key}/map} sends as its ETag),
 * found without building the map: a fixed set of queries ({@link MapVersions}, the persona, its items) whatever the
 * number of pieces of evidence. It changes when anything stored that the map is drawn from changes (evidence, their
 * re-confirmations and participants, items, backing, links, the freshness policy), when the day changes (freshness is
 * counted in days), and when what the viewer may see changes: it names the viewer, the projects they may browse, and
 * each linked issue as they may see it (checked on every call, as the map itself does). Two viewers never share one.
 */
@JiraComponent
public class PersonaMapVersions {

    private final MapVersions versions;
    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;

    @Inject
    public PersonaMapVersions(MapVersions versions, EvidenceStore store, AccessPolicy access, Today today) {
        this.versions = versions;
        this.store = store;
        this.access = access;
        this.today = today;
    }

    /**
     * @param parameters everything else the answer depends on (how many quotes are listed, whether the viewer may edit)
     * @return a short token (Base64url of a SHA-256), the same for the same state, viewer, day and parameters; empty
     *         when the store could not give its fingerprint (the map is then always sent)
     */
    public Optional<String> version(String personaKey, Set<String> projects, String parameters) {
        String user = access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
        Persona persona = store.persona(personaKey).orElseThrow(() -> Problem.notFound("empathy.error.personaNotFound", personaKey));
        List<String> parts = new ArrayList<>();
        parts.add("map-v2"); // v2: the answer carries the trust figure
        parts.add(user);
        parts.add(String.valueOf(access.isAdmin()));
        parts.add(today.get().toString());
        parts.add(parameters);
        parts.add(new TreeSet<>(projects).toString());
        parts.add(persona.key() + "|" + persona.name() + "|" + persona.description());
        for (MapItem item : store.mapItems(personaKey)) {
            parts.add(item.id() + "|" + item.section() + "|" + item.statement());
        }
        Optional<MapVersions.Fingerprint> fingerprint = versions.fingerprint(personaKey);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        MapVersions.Fingerprint stored = fingerprint.get();
        parts.add(stored.data());
        parts.add(new TreeSet<>(access.browsableProjects()).toString());
        for (String issueKey : stored.linkedIssueKeys()) {
            Optional<IssueRef> issue = access.visibleIssue(issueKey);
            parts.add(issueKey + "=" + issue.map(Object::toString).orElse("-"));
        }
        return Optional.of(digest(parts));
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
