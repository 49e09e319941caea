package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.LinkTarget;
import com.empathyevidence.domain.Strength;
import com.empathyevidence.domain.StrengthRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * Keeps every issue's evidence summary ({@link IssueSummary}) up to date: after each change to a link, a piece of
 * evidence or a map item's backing, and once a day for the passing of time. Not permission-filtered: the summary is
 * one value per issue, written by the system.
 */
@JiraComponent
public class IssueSummaries {

    private final EvidenceStore store;
    private final IssueSummaryStore properties;
    private final Today today;

    @Inject
    public IssueSummaries(EvidenceStore store, IssueSummaryStore properties, Today today) {
        this.store = store;
        this.properties = properties;
        this.today = today;
    }

    /** The summary of one issue today. */
    public IssueSummary summarise(String issueKey) {
        return summarise(issueKey, store.linkedToIssue(issueKey), store.policies(), today.get());
    }

    private static IssueSummary summarise(String issueKey, EvidenceStore.IssueLinks links, FreshnessPolicies policies, LocalDate now) {
        List<AssessedEvidence> assessed = IssueEvidenceService.allLinked(links, policies, now);
        Strength strength = StrengthRule.score(assessed);
        int count = 0;
        int stale = 0;
        int aging = 0;
        LocalDate freshest = null;
        LocalDate stalest = null;
        for (AssessedEvidence a : assessed) {
            if (!a.evidence().isActive()) {
                continue;
            }
            count++;
            stale += a.freshness().freshness() == Freshness.STALE ? 1 : 0;
            aging += a.freshness().freshness() == Freshness.AGING ? 1 : 0;
            LocalDate basis = a.freshness().basisDate();
            freshest = freshest == null || basis.isAfter(freshest) ? basis : freshest;
            stalest = stalest == null || basis.isBefore(stalest) ? basis : stalest;
        }
        List<String> warnings = new ArrayList<>();
        for (com.empathyevidence.domain.Warning w : com.empathyevidence.domain.WarningRule.evaluate(assessed, now)) {
            warnings.add(w.type().name());
        }
        String confidence = com.empathyevidence.domain.ConfidenceRule.grade(assessed, IssueEvidenceService.personas(links)).level().name();
        return new IssueSummary(count, strength.score(), strength.band().name(), confidence, stale, aging, freshest, stalest, warnings);
    }

    /** Issues refreshed per batch: one batch reads its links and evidence in a fixed number of queries. */
    static final int BATCH = 500;

    /**
     * Recomputes and stores the summary of these issues when it changed; returns how many were written. The policy and
     * today are read once, the links and evidence once per {@value #BATCH} issues: the store work is bounded whatever
     * the number of issues (only the host's issue properties are read and written one by one).
     */
    public int refresh(Iterable<String> issueKeys) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(toList(issueKeys)));
        FreshnessPolicies policies = store.policies();
        LocalDate now = today.get();
        int written = 0;
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            Map<String, EvidenceStore.IssueLinks> links = store.linkedToIssues(batch);
            for (String key : batch) {
                String json = summarise(key, links.get(key), policies, now).toJson();
                if (properties.writeIfChanged(key, json)) {
                    written++;
                }
            }
        }
        return written;
    }

    /** After a change to links of one issue. Never fails the change itself: the daily refresh repairs a missed write. */
    public void afterIssueChange(String issueKey) {
        quietly(List.of(issueKey));
    }

    /** After a change to a piece of evidence: every issue linking it, directly or through a map item it backs. */
    public void afterEvidenceChange(long evidenceId) {
        List<LinkTarget> targets = new ArrayList<>();
        targets.add(LinkTarget.evidence(evidenceId));
        store.evidence(evidenceId).map(Evidence::personaKey).ifPresent(persona -> {
            for (Map.Entry<Long, List<Long>> backing : store.backing(persona).entrySet()) {
                if (backing.getValue().contains(evidenceId)) {
                    targets.add(LinkTarget.mapItem(backing.getKey()));
                }
            }
        });
        quietly(issuesLinking(targets));
    }

    /**
     * After a change to a participant (segment, consent) or their erasure: every issue resting on any of their
     * evidence, directly or through a map item it backs.
     */
    public void afterParticipantChange(long participantId) {
        List<Long> evidence = store.evidenceIdsOfParticipant(participantId);
        List<LinkTarget> targets = new ArrayList<>();
        evidence.forEach(id -> targets.add(LinkTarget.evidence(id)));
        store.mapItemsBackedBy(evidence).forEach(id -> targets.add(LinkTarget.mapItem(id)));
        quietly(issuesLinking(targets));
    }

    /**
     * After a change to the freshness policy (global or one project's): shelf lives move every piece's freshness, so
     * every linked issue is refreshed, in batches.
     */
    public void afterPolicyChange() {
        quietly(store.linkedIssueKeys());
    }

    /** Before deleting a map item: the issues that link it, to refresh once it is gone. */
    public List<String> issuesLinkingMapItem(long mapItemId) {
        return issuesLinking(List.of(LinkTarget.mapItem(mapItemId)));
    }

    /** After a change that these issues rest on. */
    public void afterChangeTo(List<String> issueKeys) {
        quietly(issueKeys);
    }

    /** After a change to what backs a map item: every issue linking the item. */
    public void afterMapItemChange(long mapItemId) {
        quietly(issuesLinking(List.of(LinkTarget.mapItem(mapItemId))));
    }

    /** The daily job: every issue with links, written only where the summary changed (freshness moves with time). */
    public int refreshAll() {
        return refresh(store.linkedIssueKeys());
    }

    private List<String> issuesLinking(List<LinkTarget> targets) {
        List<String> keys = new ArrayList<>();
        for (IssueLink link : store.linksTo(targets)) {
            keys.add(link.issueKey());
        }
        return keys;
    }

    private void quietly(List<String> keys) {
        try {
            refresh(keys);
        } catch (RuntimeException e) {
            // the user's change stands; the summary catches up at the next change or the daily refresh
        }
    }

    private static List<String> toList(Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        return list;
    }
}
