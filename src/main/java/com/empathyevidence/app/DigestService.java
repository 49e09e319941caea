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
import com.empathyevidence.domain.Problem;
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
 * host's mail queue, marking each sent first. A run stopped after the claim leaves the week's messages pending: the
 * next run sends them, once. A week no run reached is not sent later: the next run sends the week it runs in.
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

    @Inject
    public DigestService(EvidenceStore store, DigestStore digests, DigestHost host, AccessPolicy access, DigestWriter writer,
                         OwnerStore owners) {
        this.owners = owners;
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
            if (!digests.markSent(m.id(), Instant.now())) {
                continue;
            }
            try {
                host.send(m.to(), m.subject(), m.body());
                sent++;
            } catch (RuntimeException refused) {
                digests.markPending(m.id());
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
                String owner = com.empathyevidence.domain.Ownership.ownerOf(e, named.get(e.id()));
                if (owner != null && DigestRule.turningStaleSoon(e, a, today)) {
                    byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Candidate(e, a.staleAfter().plusDays(1)));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<DigestStore.Message> messages = new ArrayList<>();
        byOwner.forEach((owner, candidates) -> {
            if (digests.optedOut(owner)) {
                return;
            }
            Optional<DigestHost.Recipient> recipient = host.recipient(owner);
            if (recipient.isEmpty()) {
                return;
            }
            Digest digest = host.runAs(owner, () -> digestFor(week, recipient.get(), candidates));
            if (!digest.isEmpty()) {
                messages.add(new DigestStore.Message(0, week, owner, recipient.get().email(), writer.subject(digest),
                        writer.body(digest, host.baseUrl())));
            }
        });
        return messages;
    }

    private record Candidate(Evidence evidence, LocalDate staleOn) {
    }

    /** Runs as the owner: only pieces in projects they may browse, only open issues they may browse. */
    private Digest digestFor(String week, DigestHost.Recipient recipient, List<Candidate> candidates) {
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
        return new Digest(week, recipient, items, openRequests(recipient.userKey()));
    }

    /**
     * Hook for the integrator (issue 16, owners and requests): the open re-confirmation requests on this owner's
     * evidence, one line each. Empty until requests exist.
     */
    protected List<String> openRequests(String owner) {
        return List.of();
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
