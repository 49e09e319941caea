package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.Ownership;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.ReconfirmationRequest;
import com.empathyevidence.domain.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * Who keeps each piece fresh: its owner (named, else who recorded it), the date to review it by, and the
 * re-confirmation requests others made of it. Handing pieces over is one transaction; asking needs only browse
 * permission on the piece (anyone who may read it may ask whether it is still true).
 */
@JiraComponent
public class OwnerService {

    /** The most pieces one hand-over takes (as a bulk action of the library). */
    public static final int HAND_OVER_MAX = LibraryService.BULK_MAX;

    private final EvidenceService evidence;
    private final EvidenceStore store;
    private final OwnerStore owners;
    private final RequestStore requests;
    private final LibraryStore library;
    private final AccessPolicy access;
    private final UserDirectory users;

    @Inject
    public OwnerService(EvidenceService evidence, EvidenceStore store, OwnerStore owners, RequestStore requests, LibraryStore library,
                        AccessPolicy access, UserDirectory users) {
        this.evidence = evidence;
        this.store = store;
        this.owners = owners;
        this.requests = requests;
        this.library = library;
        this.access = access;
        this.users = users;
    }

    /** One request and how it ended: {@code closure} is null while it is open. */
    public record Request(ReconfirmationRequest request, ReconfirmationRequest.Closure closure) {
        public boolean open() {
            return closure == null;
        }
    }

    /**
     * The stewardship of one piece: its owner, their full name (the username when the host does not know them),
     * the day to review it by, its requests (newest first) and re-confirmations (newest first).
     */
    public record Stewardship(String owner, String ownerName, LocalDate reviewBy, List<Request> requests,
                              List<Reconfirmation> reconfirmations) {
        public int openRequests() {
            return (int) requests.stream().filter(Request::open).count();
        }
    }

    /** The stewardship of each piece shown (already checked as visible): three store queries whatever the count. */
    public Map<Long, Stewardship> of(Collection<AssessedEvidence> shown) {
        Map<Long, Stewardship> result = new LinkedHashMap<>();
        if (shown.isEmpty()) {
            return result;
        }
        List<Long> ids = shown.stream().map(a -> a.evidence().id()).distinct().toList();
        Map<Long, String> named = owners.namedOwners(ids);
        Map<Long, List<ReconfirmationRequest>> asked = requests.requestsFor(ids);
        Map<Long, List<Reconfirmation>> confirmed = library.reconfirmationsOf(ids);
        Map<String, String> names = new HashMap<>();
        for (AssessedEvidence a : shown) {
            Evidence e = a.evidence();
            String owner = Ownership.ownerOf(e, named.get(e.id()));
            String name = owner == null ? null : names.computeIfAbsent(owner, u -> users.fullName(u).orElse(u));
            List<Reconfirmation> reconfirmations = confirmed.getOrDefault(e.id(), List.of());
            List<Request> list = new ArrayList<>();
            for (ReconfirmationRequest r : asked.getOrDefault(e.id(), List.of())) {
                list.add(new Request(r, r.closure(reconfirmations, e.isActive() ? null : e.updatedBy(),
                        e.isActive() ? null : (e.updatedAt() == null ? r.requestedAt() : e.updatedAt()))));
            }
            result.put(e.id(), new Stewardship(owner, name, Ownership.reviewBy(a.freshness()), list, reconfirmations));
        }
        return result;
    }

    /** The full name of a user, or their username when the host does not know it. */
    public String nameOf(String username) {
        return username == null ? "" : users.fullName(username).orElse(username);
    }

    /** What a hand-over did: the pieces whose owner changed (the others had that owner already). */
    public record HandOver(String owner, String ownerName, List<Long> changed, int unchanged) {
    }

    /**
     * Hands pieces over to another owner, all or nothing: the owner must be a user, and every piece one the caller
     * may see and change, and active; otherwise nothing is written and the answer names the field that stopped it.
     */
    public HandOver handOver(List<Long> evidenceIds, String owner) {
        evidence.signedIn();
        Validator v = new Validator();
        List<Long> ids = evidenceIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(evidenceIds));
        if (ids.isEmpty()) {
            v.error("evidenceIds", "empathy.library.validation.noneSelected");
        } else if (ids.size() > HAND_OVER_MAX) {
            v.error("evidenceIds", "empathy.library.validation.tooMany", HAND_OVER_MAX);
        } else if (ids.stream().anyMatch(id -> id == null || id < 1 || id > Integer.MAX_VALUE)) {
            v.error("evidenceIds", "empathy.validation.id", String.valueOf(Integer.MAX_VALUE));
        }
        String username = owner == null ? "" : owner.strip();
        Optional<String> name = Optional.empty();
        if (username.isEmpty()) {
            v.error("owner", "empathy.owners.validation.ownerRequired");
        } else if (username.length() > 255 || (name = users.fullName(username)).isEmpty()) {
            v.error("owner", "empathy.owners.validation.ownerUnknown", username.length() > 60 ? username.substring(0, 60) + "\u2026" : username);
        }
        v.check();
        List<String> unseen = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        Set<Long> found = new HashSet<>();
        for (Evidence e : store.evidence(ids)) {
            found.add(e.id());
            if (e.projectKey() != null && !access.canBrowseProject(e.projectKey())) {
                unseen.add(String.valueOf(e.id()));
                continue;
            }
            if (e.projectKey() != null && !access.canEditProject(e.projectKey())) {
                locked.add(String.valueOf(e.id()));
            }
            if (!e.isActive()) {
                retired.add(String.valueOf(e.id()));
            }
        }
        ids.stream().filter(id -> !found.contains(id)).forEach(id -> unseen.add(String.valueOf(id)));
        Validator pieces = new Validator();
        if (!unseen.isEmpty()) {
            pieces.error("evidenceIds", "empathy.library.validation.unseen", unseen.size(), String.join(", ", unseen));
        }
        if (!locked.isEmpty()) {
            pieces.error("evidenceIds", "empathy.library.validation.locked", locked.size(), String.join(", ", locked));
        }
        if (!retired.isEmpty()) {
            pieces.error("evidenceIds", "empathy.owners.validation.retired", retired.size(), String.join(", ", retired));
        }
        pieces.check();
        List<Long> changed = owners.handOver(ids, username);
        return new HandOver(username, name.orElse(username), changed, ids.size() - changed.size());
    }

    /** Asks the owner of a piece the caller may browse whether it is still true; the piece must be active. */
    public Request request(long evidenceId, String note) {
        String user = evidence.signedIn();
        AssessedEvidence piece = evidence.get(evidenceId);
        String text = note == null ? "" : note.strip();
        new Validator().text("note", text, Limits.NOTE_MAX).check();
        if (!piece.evidence().isActive()) {
            throw Problem.conflict("empathy.owners.error.retiredNoRequest", String.valueOf(evidenceId));
        }
        if (piece.evidence().redacted()) {
            throw Problem.conflict("empathy.owners.error.redactedNoRequest", String.valueOf(evidenceId));
        }
        return new Request(requests.request(evidenceId, text, user), null);
    }

    /** The stewardship of one piece the caller may browse (404 like a missing one otherwise). */
    public Stewardship of(long evidenceId) {
        evidence.signedIn();
        AssessedEvidence piece = evidence.get(evidenceId);
        return of(List.of(piece)).get(evidenceId);
    }
}
