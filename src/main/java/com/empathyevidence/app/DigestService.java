package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.DigestRule;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessAssessment;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.LoopRule;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Ownership;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.ReconfirmationRequest;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * The weekly digest (issue 16). A run, once per cluster ({@code jira/DigestJob}): when this week is not claimed yet,
 * compose every owner's message (as that owner, so only what they may browse is in it), then claim the week and store
 * the messages as pending in one transaction (one claimer wins, across nodes); then hand every pending message to the
 * host's mail queue, each in one transaction with its "sent" record ({@link DigestStore#sendOnce}). A run stopped after
 * the claim (the node killed mid-send) leaves the rest of the week's messages pending: the next run, on any node,
 * sends them, once each. A week no run reached is not sent later: the next run sends the week it runs in.
 */
@JiraComponent
public class DigestService {

    /** Evidence read per query while composing. */
    static final int PAGE = 500;

    /** What a run did. */
    public record Run(String week, boolean claimedNow, int composed, int sent) {
    }

    private final EvidenceStore store;
    private final DigestStore digests;
    private final DigestHost host;
    private final AccessPolicy access;
    private final DigestWriter writer;

    private final RequestStore requests;
    private final LibraryStore library;
    private final UserDirectory users;

    @Inject
    public DigestService(EvidenceStore store, DigestStore digests, DigestHost host, AccessPolicy access, DigestWriter writer,
                         OwnerStore owners, RequestStore requests, LibraryStore library, UserDirectory users) {
        this.owners = owners;
        this.requests = requests;
        this.library = library;
        this.users = users;
        this.store = store;
        this.digests = digests;
        this.host = host;
        this.access = access;
        this.writer = writer;
    }

    /** Claims and composes this week's digest if no run did, then sends whatever is pending. */
    public Run run(LocalDate today) {
        String week = DigestRule.weekOf(today);
        boolean claimedNow = false;
        int composed = 0;
        if (!digests.claimed(week)) {
            List<DigestStore.Message> messages = compose(today);
            claimedNow = digests.claim(week, messages);
            composed = claimedNow ? messages.size() : 0;
        }
        return new Run(week, claimedNow, composed, sendPending());
    }

    private final OwnerStore owners;

    /** Hands every pending message to the mail queue; returns how many. */
    public int sendPending() {
        int sent = 0;
        for (DigestStore.Message m : digests.pending()) {
            try {
                if (digests.sendOnce(m, Instant.now(), () -> host.send(m.to(), m.subject(), m.body()))) {
                    sent++;
                }
            } catch (RuntimeException refused) {
                // the mail queue refused it: still pending, the next run hands it over again
            }
        }
        return sent;
    }

    /** This week's messages: one per owner with something to tell, who did not switch it off and may still read it. */
    public List<DigestStore.Message> compose(LocalDate today) {
        String week = DigestRule.weekOf(today);
        FreshnessPolicies policies = store.policies();
        Map<String, List<Candidate>> byOwner = new LinkedHashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Evidence> page = store.search(new EvidenceQuery(null, null, null, null, null, null, null, null, EvidenceStatus.ACTIVE,
                    null, offset, PAGE)).items();
            // the owner named on the piece, or who recorded it (issue 16's ownership rule, in the domain)
            Map<Long, String> named = owners.namedOwners(page.stream().map(Evidence::id).toList());
            for (Evidence e : page) {
                FreshnessAssessment a = e.freshness(policies.forProject(e.projectKey()), today);
                String owner = Ownership.ownerOf(e, named.get(e.id()));
                if (owner != null && DigestRule.turningStaleSoon(e, a, today)) {
                    byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Candidate(e, a.staleAfter().plusDays(1)));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, List<Asked>> asked = openRequestsByOwner();
        Loop loop = loop(today);
        Set<String> everyone = new LinkedHashSet<>(byOwner.keySet());
        everyone.addAll(asked.keySet());
        everyone.addAll(loop.owners());
        List<DigestStore.Message> messages = new ArrayList<>();
        for (String owner : everyone) {
            if (digests.optedOut(owner)) {
                continue;
            }
            Optional<DigestHost.Recipient> recipient = host.recipient(owner);
            if (recipient.isEmpty()) {
                continue;
            }
            Digest digest = host.runAs(owner, () -> digestFor(week, recipient.get(), byOwner.getOrDefault(owner, List.of()),
                    asked.getOrDefault(owner, List.of()), loop));
            if (!digest.isEmpty()) {
                messages.add(new DigestStore.Message(0, week, owner, recipient.get().email(), writer.subject(digest),
                        writer.body(digest, host.baseUrl())));
            }
        }
        return messages;
    }

    private record Candidate(Evidence evidence, LocalDate staleOn) {
    }

    /** Runs as the owner: only pieces in projects they may browse, only open issues they may browse. */
    private Digest digestFor(String week, DigestHost.Recipient recipient, List<Candidate> candidates, List<Asked> asked, Loop loop) {
        List<Digest.Item> items = new ArrayList<>();
        Map<String, Boolean> projects = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Evidence e = c.evidence();
            if (e.projectKey() != null && !projects.computeIfAbsent(e.projectKey(), access::canBrowseProject)) {
                continue; // they may no longer browse its project: not in their message
            }
            Set<String> keys = new LinkedHashSet<>();
            List<LinkTarget> targets = new ArrayList<>();
            targets.add(LinkTarget.evidence(e.id()));
            for (Long item : store.mapItemsBackedBy(List.of(e.id()))) {
                targets.add(LinkTarget.mapItem(item));
            }
            for (IssueLink link : store.linksTo(targets)) {
                keys.add(link.issueKey());
            }
            List<IssueRef> open = new ArrayList<>();
            for (String key : keys) {
                try {
                    access.visibleIssue(key).filter(i -> DigestRule.isOpen(i.status())).ifPresent(open::add);
                } catch (Problem notVisible) {
                    // not theirs to see
                }
            }
            open.sort(Comparator.comparing(IssueRef::key));
            items.add(new Digest.Item(e.id(), e.text(), e.projectKey(), c.staleOn(), open));
        }
        items.sort(Comparator.comparingInt((Digest.Item i) -> -i.openIssues().size()).thenComparing(Digest.Item::staleOn)
                .thenComparingLong(Digest.Item::evidenceId));
        List<Digest.Request> open = new ArrayList<>();
        for (Asked a : asked) {
            Evidence e = a.evidence();
            if (e.projectKey() != null && !projects.computeIfAbsent(e.projectKey(), access::canBrowseProject)) {
                continue;
            }
            ReconfirmationRequest r = a.request();
            open.add(new Digest.Request(e.id(), e.text(), e.projectKey(), users.fullName(r.requestedBy()).orElse(r.requestedBy()),
                    r.requestedAt(), r.note() == null ? "" : r.note().strip()));
        }
        open.sort(Comparator.comparing(Digest.Request::requestedAt).thenComparingLong(Digest.Request::evidenceId));
        return new Digest(week, recipient, items, open, resolvedFor(recipient.userKey(), loop, projects));
    }

    /** A piece and one open request on it. */
    private record Asked(Evidence evidence, ReconfirmationRequest request) {
    }

    /**
     * The open re-confirmation requests on active pieces, by the pieces' owners: a fixed number of queries per 500
     * pieces with requests. Open as {@link ReconfirmationRequest#closure} decides (no re-confirmation after it).
     */
    private Map<String, List<Asked>> openRequestsByOwner() {
        Map<String, List<Asked>> byOwner = new LinkedHashMap<>();
        List<Long> ids = requests.withRequests();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
            List<Evidence> pieces = store.evidence(chunk).stream().filter(Evidence::isActive).toList();
            List<Long> active = pieces.stream().map(Evidence::id).toList();
            if (active.isEmpty()) {
                continue;
            }
            Map<Long, List<ReconfirmationRequest>> asked = requests.requestsFor(active);
            Map<Long, List<Reconfirmation>> confirmed = library.reconfirmationsOf(active);
            Map<Long, String> named = owners.namedOwners(active);
            for (Evidence e : pieces) {
                String owner = Ownership.ownerOf(e, named.get(e.id()));
                if (owner == null) {
                    continue;
                }
                for (ReconfirmationRequest r : asked.getOrDefault(e.id(), List.of())) {
                    if (r.closure(confirmed.getOrDefault(e.id(), List.of()), null, null) == null) {
                        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Asked(e, r));
                    }
                }
            }
        }
        return byOwner;
    }

    /**
     * What closing the loop needs (issue 17): the window of resolution dates this week's digest tells, every pain on
     * every map with what backs it, the links to them, and the owner and project of each active backing piece.
     */
    private record Loop(LoopRule.Window window, List<LoopRule.Pain> pains, List<IssueLink> links, Map<Long, Evidence> pieces,
                        Map<Long, String> ownerOf) {
        Set<String> owners() {
            return new LinkedHashSet<>(ownerOf.values());
        }
    }

    private Loop loop(LocalDate today) {
        LoopRule.Window window = LoopRule.window(today, digests.lastWeek().orElse(null));
        List<LoopRule.Pain> pains = new ArrayList<>();
        List<LinkTarget> targets = new ArrayList<>();
        Set<Long> backingIds = new LinkedHashSet<>();
        for (Persona persona : store.personas()) {
            Map<Long, List<Long>> backing = store.backing(persona.key());
            for (MapItem item : store.mapItems(persona.key())) {
                if (item.section() != Section.PAINS) {
                    continue;
                }
                List<Long> backedBy = backing.getOrDefault(item.id(), List.of());
                pains.add(new LoopRule.Pain(item.id(), item.statement(), backedBy));
                targets.add(LinkTarget.mapItem(item.id()));
                backedBy.forEach(id -> targets.add(LinkTarget.evidence(id)));
                backingIds.addAll(backedBy);
            }
        }
        List<IssueLink> links = targets.isEmpty() ? List.of() : store.linksTo(targets).stream()
                .filter(l -> l.relation() == Relation.ADDRESSES).toList();
        Map<Long, Evidence> pieces = new LinkedHashMap<>();
        Map<Long, String> ownerOf = new LinkedHashMap<>();
        if (!links.isEmpty()) {
            List<Long> ids = new ArrayList<>(backingIds);
            for (int from = 0; from < ids.size(); from += PAGE) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
                Map<Long, String> named = owners.namedOwners(chunk);
                for (Evidence e : store.evidence(chunk)) {
                    String owner = Ownership.ownerOf(e, named.get(e.id()));
                    if (e.isActive() && owner != null) {
                        pieces.put(e.id(), e);
                        ownerOf.put(e.id(), owner);
                    }
                }
            }
        }
        return new Loop(window, pains, links, pieces, ownerOf);
    }

    /**
     * Runs as the owner: the resolved issues, in the window, that address pains backed by their pieces in projects
     * they may browse, each only when they may browse the issue; by resolution date, then key.
     */
    private List<Digest.Resolved> resolvedFor(String owner, Loop loop, Map<String, Boolean> projects) {
        Map<Long, String> mine = new LinkedHashMap<>();
        loop.ownerOf().forEach((id, o) -> {
            String project = loop.pieces().get(id).projectKey();
            if (o.equals(owner) && (project == null || projects.computeIfAbsent(project, access::canBrowseProject))) {
                mine.put(id, o);
            }
        });
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Digest.Resolved> resolved = new ArrayList<>();
        LoopRule.addressed(loop.pains(), loop.links(), mine).getOrDefault(owner, Map.of()).forEach((key, pains) -> {
            Optional<IssueRef> issue;
            try {
                issue = access.visibleIssue(key);
            } catch (Problem notVisible) {
                issue = Optional.empty();
            }
            issue.filter(i -> LoopRule.told(i.statusCategory(), i.resolvedOn(), loop.window()))
                    .ifPresent(i -> resolved.add(new Digest.Resolved(i, pains)));
        });
        resolved.sort(Comparator.comparing((Digest.Resolved r) -> r.issue().resolvedOn()).thenComparing(r -> r.issue().key()));
        return resolved;
    }

    /** The current user's digest preference: true when they receive it. */
    public boolean receives() {
        return !digests.optedOut(signedIn());
    }

    /**
     * Switches the digest on or off for the current user: someone who may edit issues in a project (who records
     * evidence, and so may get the digest). Refused (403) otherwise, as every write is while Jira is read-only.
     */
    public boolean setReceives(Boolean receives) {
        String user = signedIn();
        if (access.browsableProjects().stream().noneMatch(access::canEditProject)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.digest.error.mayNotChange");
        }
        if (receives == null) {
            new com.empathyevidence.domain.Validator().error("receive", "empathy.digest.validation.receive").check();
        }
        digests.setOptedOut(user, !receives);
        return receives;
    }

    private String signedIn() {
        return access.currentUser().orElseThrow(() -> new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn"));
    }
}
