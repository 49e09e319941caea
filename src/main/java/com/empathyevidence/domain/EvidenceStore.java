package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which the app stores and finds evidence, participants, personas, map items and links.
 * Implemented over Active Objects. Every read used by the panel and the map is a fixed number of queries,
 * whatever the number of items. Writes are atomic: a {@link Problem} leaves nothing changed.
 */
public interface EvidenceStore {

    // Personas

    /** Creates or replaces a persona (its name and description). */
    Persona savePersona(Persona persona);

    /**
     * Creates a new persona, never replacing one: of simultaneous creates of one key exactly one succeeds.
     *
     * @throws Problem CONFLICT {@code empathy.error.personaTaken} when the key is taken
     */
    Persona createPersona(Persona persona);

    Optional<Persona> persona(String key);

    List<Persona> personas();

    // Participants

    /** @throws Problem CONFLICT when the alias is taken */
    Participant createParticipant(String alias, String segment, String role, boolean consent);

    Optional<Participant> participant(String alias);

    /** The participants with these aliases, by alias (absent aliases are left out), in a fixed number of queries. */
    Map<String, Participant> participants(Collection<String> aliases);

    /**
     * Changes a participant made against the version the caller read.
     *
     * @throws Problem CONFLICT when it changed since {@code expectedVersion}; then nothing is written
     */
    Participant updateParticipant(long id, String segment, String role, boolean consent, int expectedVersion);

    /**
     * The tombstones among these aliases: alias to the date its participant was erased (an erased alias is never used
     * again), in a fixed number of queries.
     */
    Map<String, java.time.LocalDate> erasedAliases(Collection<String> aliases);

    List<Participant> participants();

    /**
     * Erases a participant irreversibly (see {@link Erasure}): redacts their quotes, removes the source link and
     * recording moment of all their evidence, keeps the alias as a tombstone with the date, and records who did it and when.
     *
     * @return how many quotes were redacted
     */
    int eraseParticipant(long participantId, String actor);

    /** Audit entries as "action|subject|actor|ISO instant", newest first. */
    List<String> auditLog();

    // Evidence

    /** Finds or creates the participant by alias. */
    Evidence createEvidence(NewEvidence evidence);

    /**
     * Records many pieces of evidence at once, all or nothing, in one transaction: participants are found by alias
     * in bulk and the missing ones created (with the segment of the first piece that names them). The pieces must
     * be valid ({@link NewEvidence#validate}); a failure leaves nothing written.
     *
     * @return the ids of the new evidence, in the order given, and how many participants were created
     */
    default Imported importEvidence(List<NewEvidence> evidence) {
        return importEvidence(evidence, ImportListener.NONE);
    }

    /**
     * {@link #importEvidence(List)}, telling {@code listener} after each piece is written inside the (still uncommitted)
     * transaction. The counts rise from 1 to the number of pieces; when the store has to start the transaction
     * once more (a simultaneous writer made the database roll it back), {@link ImportListener#restarted()} comes
     * first and the counts start again from 1. The listener runs on the caller's thread, inside the transaction:
     * it must be quick, and an exception from it rolls everything back.
     */
    Imported importEvidence(List<NewEvidence> evidence, ImportListener listener);

    Optional<Evidence> evidence(long id);

    /** Many pieces at once, in a fixed number of queries per 500 ids, in id order; ids that name no piece are left out. */
    List<Evidence> evidence(Collection<Long> ids);

    /** @throws Problem CONFLICT when the evidence changed since {@code expectedVersion} */
    Evidence updateEvidence(long id, EvidenceChanges changes);

    /**
     * Retires active evidence; of simultaneous retirements exactly one succeeds.
     *
     * @throws Problem CONFLICT {@code empathy.error.alreadyRetired} when it is retired already (or a simultaneous
     *                 writer changed it first)
     */
    Evidence retire(long id, String reason, Long successorId, String by);

    /** Appends a re-confirmation and moves the evidence's re-confirmed date forward (never back). */
    Reconfirmation reconfirm(long evidenceId, LocalDate confirmedOn, String note, String author);

    List<Reconfirmation> reconfirmations(long evidenceId);

    /** One page of evidence and the total number matching. */
    Page<Evidence> search(EvidenceQuery query);

    List<Evidence> forPersona(String personaKey);

    // Map items

    MapItem createMapItem(String personaKey, Section section, String statement);

    Optional<MapItem> mapItem(long id);

    MapItem updateMapItem(long id, Section section, String statement);

    /** Deletes a map item with its backings and links. */
    void deleteMapItem(long id);

    List<MapItem> mapItems(String personaKey);

    void back(long mapItemId, long evidenceId);

    void unback(long mapItemId, long evidenceId);

    /** For each map item of the persona, the ids of its backing evidence. */
    Map<Long, List<Long>> backing(String personaKey);

    // Links

    /**
     * Links an issue to a piece of evidence or a map item.
     *
     * @throws Problem CONFLICT when the issue already links that target
     */
    IssueLink link(String issueKey, LinkTarget target, Relation relation, String linkedBy, String note);

    /** Changes the relation of an existing link. */
    IssueLink relink(String issueKey, LinkTarget target, Relation relation, String by);

    /** @return true when a link was removed */
    boolean unlink(String issueKey, LinkTarget target);

    /**
     * Creates a piece of evidence and links it to an issue, in one transaction: both or neither. With a request key
     * (the caller's idempotency key, scoped to the caller), the request is remembered in the database in the same
     * transaction, and a later call with the same key writes nothing and answers what the first one made
     * ({@code replayed}; {@code link} is null when that link has been removed since).
     */
    CreatedAndLinked createAndLink(NewEvidence evidence, String issueKey, Relation relation, String note, String requestKey);

    /**
     * Removes a link and keeps it, as it was, under {@code token} for {@link #restoreLink}.
     *
     * @return the link removed, or empty when the issue did not link the target
     */
    Optional<IssueLink> unlinkForUndo(String issueKey, LinkTarget target, String token, String by);

    /**
     * Puts back exactly the link removed under {@code token} (relation, note, who linked it and when), once.
     *
     * @throws Problem NOT_FOUND when this issue has no such token (used, unknown, or older than a day); CONFLICT when
     *                 the issue links that target again
     */
    IssueLink restoreLink(String issueKey, String token);

    List<IssueLink> links(String issueKey);

    /**
     * Everything linked to one issue, with map items expanded into their backing evidence, in a fixed number of
     * queries whatever the number of links.
     */
    IssueLinks linkedToIssue(String issueKey);

    /**
     * {@link #linkedToIssue} for many issues at once, in a fixed number of queries per 500 issues (an issue without
     * links maps to empty lists): the issue summaries of a change are refreshed in one batch.
     */
    Map<String, IssueLinks> linkedToIssues(Collection<String> issueKeys);

    /**
     * Brings every piece's search text (what {@code q} matches: text, tags, source title, participant alias) up to
     * date, in chunks, writing only rows whose text differs (rows written before the search covered titles and
     * aliases, say). Returns how many it rewrote.
     */
    int refreshSearchTexts();

    /** Ids of every piece of evidence of one participant, active or not. */
    List<Long> evidenceIdsOfParticipant(long participantId);

    /** Ids of the map items any of these pieces back, each once. */
    List<Long> mapItemsBackedBy(Collection<Long> evidenceIds);

    /** All links to these targets (for pain coverage), in a fixed number of queries. */
    List<IssueLink> linksTo(Collection<LinkTarget> targets);

    /** The keys of every issue with at least one link, each once, sorted. */
    List<String> linkedIssueKeys();

    // Policy

    FreshnessPolicies policies();

    /** Sets (days) or clears (null) a shelf life, globally (projectKey null) or for one project. */
    void setShelfLife(String projectKey, SourceKind kind, Integer days, String by);

    /** Sets (percent) or clears (null) the aging threshold, globally (projectKey null) or for one project. */
    void setAgingThreshold(String projectKey, Integer percent, String by);

    boolean isEmpty();

    /** Hears how far an import has got; see {@link #importEvidence(List, ImportListener)}. */
    interface ImportListener {
        ImportListener NONE = (written, total) -> {
        };

        /** {@code written} of {@code total} pieces are written in the uncommitted transaction. */
        void written(int written, int total);

        /** The transaction was rolled back and starts again: counts start again from 1. */
        default void restarted() {
        }
    }

    /** The outcome of {@link #importEvidence}. */
    record Imported(List<Long> evidenceIds, int participantsCreated) {
        public Imported {
            evidenceIds = List.copyOf(evidenceIds);
        }
    }

    /** What {@link #createAndLink} made, or made the first time it was called with the same request key. */
    record CreatedAndLinked(Evidence evidence, IssueLink link, boolean replayed) {
    }

    /** One page of results. */
    record Page<T>(List<T> items, int total, int offset, int limit) {
    }

    /** What an issue links: evidence directly, and map items with their backing evidence. */
    record IssueLinks(List<LinkedEvidence> evidence, List<LinkedMapItem> mapItems) {
    }

    /** A map item linked to an issue, with the evidence that backs it. */
    record LinkedMapItem(MapItem item, IssueLink link, List<Evidence> backing) {
    }
}
