package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.Ownership;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.ReviewRule;
import com.empathyevidence.domain.TrustRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * The review queue: per person ("My evidence to review": the active pieces they own) or per project (its active
 * pieces), the pieces whose owner has something to do ({@link ReviewRule}), most open issues first, 25 a page; and
 * the trust figure of the same scope ({@link TrustRule}). The store is read with a fixed number of queries per 500
 * pieces of the scope (evidence, links, owners, requests, re-confirmations), and the host is asked once per linked
 * issue for its status category; nothing is computed per piece while the page is read beyond that.
 */
@JiraComponent
public class ReviewQueue {

    public static final int PAGE_SIZE = 25;

    private final EvidenceService evidence;
    private final EvidenceStore store;
    private final OwnerStore owners;
    private final LibraryStore library;
    private final OwnerService ownership;
    private final AccessPolicy access;
    private final IssueStatuses statuses;
    private final Today today;

    @Inject
    public ReviewQueue(EvidenceService evidence, EvidenceStore store, OwnerStore owners, LibraryStore library, OwnerService ownership,
                       AccessPolicy access, IssueStatuses statuses, Today today) {
        this.evidence = evidence;
        this.store = store;
        this.owners = owners;
        this.library = library;
        this.ownership = ownership;
        this.access = access;
        this.statuses = statuses;
        this.today = today;
    }

    /** One listed piece: why, how many open issues rest on it, and its stewardship. */
    public record Item(AssessedEvidence evidence, ReviewRule.Reason reason, int openIssues, OwnerService.Stewardship stewardship,
                       boolean editable) {
    }

    /**
     * A page of the queue.
     *
     * @param projectKey null for "my evidence to review"
     * @param trust      over every active piece of the scope linked to an open issue (whether listed or not)
     */
    public record Page(String projectKey, String owner, List<Item> items, int total, int offset, int limit, TrustRule.Trust trust) {
    }

    /** The signed-in user's queue: the active pieces they own. */
    public Page mine(int start) {
        String user = evidence.signedIn();
        return page(null, user, owners.ownedBy(user), start);
    }

    /** A project's queue; a project the caller may not browse answers like a missing one. */
    public Page project(String projectKey, int start) {
        evidence.signedIn();
        String key = projectKey == null ? "" : projectKey.trim().toUpperCase(java.util.Locale.ROOT);
        if (key.isEmpty() || !access.canBrowseProject(key)) {
            throw Problem.notFound("empathy.review.error.noProject", key);
        }
        return page(key, null, owners.activeIn(key), start);
    }

    private Page page(String projectKey, String owner, List<Long> ids, int start) {
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        List<AssessedEvidence> scope = new ArrayList<>();
        for (Evidence e : ids.isEmpty() ? List.<Evidence>of() : store.evidence(ids)) {
            if (e.isActive() && (e.projectKey() == null || access.canBrowseProject(e.projectKey()))) {
                scope.add(IssueEvidenceService.assess(e, policies, now, null));
            }
        }
        List<Long> shown = scope.stream().map(a -> a.evidence().id()).toList();
        Map<Long, List<IssueLink>> links = shown.isEmpty() ? Map.of() : library.linksOf(shown);
        Set<String> keys = new LinkedHashSet<>();
        links.values().forEach(l -> l.forEach(link -> keys.add(link.issueKey())));
        Set<String> open = keys.isEmpty() ? Set.of() : statuses.open(keys);
        Map<Long, OwnerService.Stewardship> stewardship = ownership.of(scope);
        Map<Long, Integer> openIssues = new HashMap<>();
        List<Freshness> behindOpenWork = new ArrayList<>();
        List<ReviewRule.Listed> listed = new ArrayList<>();
        Map<Long, ReviewRule.Reason> reasons = new HashMap<>();
        Map<Long, AssessedEvidence> byId = new HashMap<>();
        for (AssessedEvidence a : scope) {
            long id = a.evidence().id();
            byId.put(id, a);
            int count = (int) links.getOrDefault(id, List.of()).stream().map(IssueLink::issueKey).filter(open::contains).distinct().count();
            openIssues.put(id, count);
            if (count > 0) {
                behindOpenWork.add(a.freshness().freshness());
            }
            OwnerService.Stewardship s = stewardship.get(id);
            ReviewRule.Reason reason = ReviewRule.reason(a.freshness(), now, count, s.openRequests());
            if (reason != null) {
                reasons.put(id, reason);
                listed.add(new ReviewRule.Listed(id, count, Ownership.reviewBy(a.freshness())));
            }
        }
        listed.sort(ReviewRule.ORDER);
        int from = Math.max(0, Math.min(start, listed.size()));
        List<Item> items = new ArrayList<>();
        for (ReviewRule.Listed l : listed.subList(from, Math.min(listed.size(), from + PAGE_SIZE))) {
            AssessedEvidence a = byId.get(l.id());
            items.add(new Item(a, reasons.get(l.id()), l.openIssues(), stewardship.get(l.id()),
                    a.evidence().projectKey() == null || access.canEditProject(a.evidence().projectKey())));
        }
        return new Page(projectKey, owner, items, listed.size(), from, PAGE_SIZE, TrustRule.of(behindOpenWork));
    }
}
