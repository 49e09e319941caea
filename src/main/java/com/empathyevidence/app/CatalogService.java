package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.PersonaRetirement;
import com.empathyevidence.domain.PersonaRevisions;
import com.empathyevidence.domain.Revision;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;

/**
 * Participants, personas and map items: shared by every project, readable by every signed-in user, changed by
 * users who may edit issues somewhere (erasure: administrators only).
 */
@JiraComponent
public class CatalogService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final EvidenceService evidence;
    private final IssueSummaries summaries;
    private final PersonaRevisions revisions;

    @Inject
    public CatalogService(EvidenceStore store, AccessPolicy access, EvidenceService evidence, IssueSummaries summaries,
                          PersonaRevisions revisions) {
        this.store = store;
        this.revisions = revisions;
        this.access = access;
        this.evidence = evidence;
        this.summaries = summaries;
    }

    // participants

    public List<Participant> participants() {
        evidence.signedIn();
        return store.participants();
    }

    public Participant participant(String alias) {
        evidence.signedIn();
        return store.participant(alias).orElseThrow(() -> Problem.notFound("empathy.error.participantNotFound", alias));
    }

    /** Consent must be answered (true or false): it is stored as answered, never assumed. */
    public Participant createParticipant(String alias, String segment, String role, Boolean consent) {
        evidence.signedIn();
        requireEditor();
        alias = strip(alias);
        segment = strip(segment);
        role = strip(role);
        Validator v = new Validator();
        v.pattern("alias", alias, Limits.ALIAS, Limits.ALIAS_MAX, "empathy.validation.alias");
        v.optionalText("segment", segment, Limits.SEGMENT_MAX);
        v.optionalText("role", role, Limits.ROLE_MAX);
        if (consent == null) {
            v.error("consent", "empathy.validation.consent");
        }
        v.check();
        evidence.refuseErasedAlias("alias", alias);
        return store.createParticipant(alias, blankToNull(segment), blankToNull(role), consent);
    }

    /** A full update made against the {@code version} the caller read (required; a change since then is a conflict). */
    public Participant updateParticipant(String alias, String segment, String role, Boolean consent, Integer version) {
        evidence.signedIn();
        requireEditor();
        Participant p = participant(alias);
        if (p.erased()) {
            throw Problem.conflict("empathy.error.participantErased", alias);
        }
        segment = strip(segment);
        role = strip(role);
        Validator v = new Validator();
        v.optionalText("segment", segment, Limits.SEGMENT_MAX);
        v.optionalText("role", role, Limits.ROLE_MAX);
        if (version == null) {
            v.error("version", "empathy.validation.version");
        }
        v.check();
        Participant updated = store.updateParticipant(p.id(), blankToNull(segment), blankToNull(role), consent == null ? p.consent() : consent,
                version);
        summaries.afterParticipantChange(p.id());
        return updated;
    }

    /** Erases a participant for good; the caller must type the alias again to confirm. Administrators only. */
    public int erase(String alias, String confirmAlias) {
        String user = evidence.signedIn();
        if (!access.isAdmin()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.adminOnly");
        }
        Participant p = participant(alias);
        if (confirmAlias == null || !confirmAlias.strip().equals(alias)) {
            new Validator().error("confirmAlias", "empathy.validation.confirmAlias", alias).check();
        }
        int redacted = store.eraseParticipant(p.id(), user);
        summaries.afterParticipantChange(p.id());
        return redacted;
    }

    // personas

    /** Every persona, those in use first (by name), then the retired ones (by name). */
    public List<Persona> personas() {
        evidence.signedIn();
        List<Persona> all = store.personas();
        Map<String, PersonaRetirement> retired = revisions.retirements();
        List<Persona> ordered = new ArrayList<>();
        all.stream().filter(p -> !retired.containsKey(p.key())).forEach(ordered::add);
        all.stream().filter(p -> retired.containsKey(p.key())).forEach(ordered::add);
        return ordered;
    }

    /** The retirement of every retired persona, by key. */
    public Map<String, PersonaRetirement> retirements() {
        evidence.signedIn();
        return revisions.retirements();
    }

    public Optional<PersonaRetirement> retirement(String key) {
        evidence.signedIn();
        return revisions.retirement(key);
    }

    /** The current revision of every edited persona, by key (one not in it is at version 1, as created). */
    public Map<String, Revision> personaRevisions() {
        evidence.signedIn();
        return revisions.personas();
    }

    public Revision personaRevision(String key) {
        evidence.signedIn();
        return revisions.persona(key);
    }

    /** The current revision of each edited map item of a persona, by id (one not in it is at version 1, as created). */
    public Map<Long, Revision> mapItemRevisions(String personaKey) {
        evidence.signedIn();
        return revisions.mapItems(personaKey);
    }

    public Revision mapItemRevision(long id) {
        evidence.signedIn();
        return revisions.mapItem(id);
    }

    /**
     * Retires a persona with a reason: its map is kept for reference, read-only, and it is listed last. The
     * {@code version} read, when sent, must still be current.
     */
    public void retirePersona(String key, String reason, Integer version) {
        String user = evidence.signedIn();
        requireEditor();
        persona(key);
        reason = strip(reason);
        PersonaRetirement.validate(reason);
        revisions.retire(key, new PersonaRetirement(reason, user, displayName(user), Instant.now()), version);
    }

    /** Restores a retired persona: its map can be changed again. */
    public void restorePersona(String key, Integer version) {
        String user = evidence.signedIn();
        requireEditor();
        persona(key);
        revisions.restore(key, user, displayName(user), version);
    }

    private String displayName(String user) {
        return access.currentUserDisplayName().orElse(user);
    }

    /** Refuses a change to the map of a retired persona: it is kept as it was, for reference. */
    private void requireInUse(String personaKey) {
        if (revisions.retirement(personaKey).isPresent()) {
            throw Problem.conflict("empathy.error.personaRetiredMap", personaKey);
        }
    }

    public Persona persona(String key) {
        evidence.signedIn();
        return store.persona(key).orElseThrow(() -> Problem.notFound("empathy.error.personaNotFound", key));
    }

    public Persona createPersona(String key, String name, String description) {
        evidence.signedIn();
        requireEditor();
        key = strip(key);
        name = strip(name);
        description = strip(description);
        validatePersona(key, name, description);
        if (store.persona(key).isPresent()) {
            throw Problem.conflict("empathy.error.personaTaken", key);
        }
        // Create-only: of simultaneous creates of one key exactly one succeeds, the others get CONFLICT.
        return store.createPersona(new Persona(key, name, description == null ? "" : description));
    }

    /** Changes a persona's name and description, made against the {@code version} the editor read (required). */
    public Persona updatePersona(String key, String name, String description, Integer version) {
        String user = evidence.signedIn();
        requireEditor();
        persona(key);
        name = strip(name);
        description = strip(description);
        validatePersona(key, name, description, version);
        return revisions.updatePersona(new Persona(key, name, description == null ? "" : description), version, user, displayName(user));
    }

    private static void validatePersona(String key, String name, String description, Integer version) {
        Validator v = new Validator();
        v.text("name", name, Limits.PERSONA_NAME_MAX);
        v.optionalText("description", description, Limits.DESCRIPTION_MAX);
        if (version == null) {
            v.error("version", "empathy.validation.version");
        }
        v.check();
    }

    private static void validatePersona(String key, String name, String description) {
        Validator v = new Validator();
        v.pattern("key", key, Limits.PERSONA_KEY, Limits.PERSONA_KEY_MAX, "empathy.validation.personaKey");
        v.text("name", name, Limits.PERSONA_NAME_MAX);
        v.optionalText("description", description, Limits.DESCRIPTION_MAX);
        v.check();
    }

    // map items

    public List<MapItem> mapItems(String personaKey) {
        persona(personaKey);
        return store.mapItems(personaKey);
    }

    public MapItem createMapItem(String personaKey, String section, String statement) {
        evidence.signedIn();
        requireEditor();
        persona(personaKey);
        requireInUse(personaKey);
        statement = strip(statement);
        return store.createMapItem(personaKey, itemSection(section, statement, 1), statement);
    }

    /** Changes (or moves) a map item, made against the {@code version} the editor read (required). */
    public MapItem updateMapItem(long id, String section, String statement, Integer version) {
        String user = evidence.signedIn();
        requireEditor();
        MapItem item = mapItem(id);
        requireInUse(item.personaKey());
        statement = strip(statement);
        Section s = itemSection(section, statement, version);
        return revisions.updateMapItem(id, s, statement, version, user, displayName(user));
    }

    /** Checks a map item's section and statement (and that a version was sent) together; returns the parsed section. */
    private static Section itemSection(String section, String statement, Integer version) {
        Section s = Section.parse(section).orElse(null);
        Validator v = new Validator();
        if (s == null) {
            v.error("section", "empathy.validation.section");
        }
        v.text("statement", statement, Limits.STATEMENT_MAX);
        if (version == null) {
            v.error("version", "empathy.validation.version");
        }
        v.check();
        return s;
    }

    public void deleteMapItem(long id) {
        evidence.signedIn();
        requireEditor();
        requireInUse(mapItem(id).personaKey());
        List<String> affected = summaries.issuesLinkingMapItem(id);
        store.deleteMapItem(id);
        summaries.afterChangeTo(affected);
    }

    public MapItem mapItem(long id) {
        evidence.signedIn();
        return store.mapItem(id).orElseThrow(() -> Problem.notFound("empathy.error.mapItemNotFound", String.valueOf(id)));
    }

    public void back(long mapItemId, Long evidenceId) {
        evidence.signedIn();
        requireEditor();
        requireInUse(mapItem(mapItemId).personaKey());
        if (evidenceId == null) {
            new Validator().error("evidenceId", "empathy.validation.required").check();
        }
        com.empathyevidence.domain.Evidence e = evidence.visible(evidenceId);
        if (!e.isActive()) {
            new Validator().error("evidenceId", "empathy.validation.retiredTarget", String.valueOf(evidenceId)).check();
        }
        store.back(mapItemId, evidenceId);
        summaries.afterMapItemChange(mapItemId);
    }

    public void unback(long mapItemId, long evidenceId) {
        evidence.signedIn();
        requireEditor();
        requireInUse(mapItem(mapItemId).personaKey());
        store.unback(mapItemId, evidenceId);
        summaries.afterMapItemChange(mapItemId);
    }

    private void requireEditor() {
        if (!canEdit()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.noEdit");
        }
    }

    /**
     * True when the current user may change personas' maps (add items, back them with evidence): they may edit issues
     * in at least one project. The map answer carries it so the macro shows write controls only to them.
     */
    public boolean canCreateIssues(String projectKey) {
        evidence.signedIn();
        return access.canCreateIssues(projectKey);
    }

    /** See {@link #canEdit()}: validation (issue 17) asks {@link #canCreateIssues} instead, for the map's one project. */
    public boolean canEdit() {
        for (String project : access.browsableProjects()) {
            if (access.canEditProject(project)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whitespace before and after a value is removed everywhere, before it is checked (docs/evidence-model.md). */
    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
