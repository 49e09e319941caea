package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.ConfidenceRule;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.LinkedEvidence;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.RollupRule;
import com.empathyevidence.domain.Strength;
import com.empathyevidence.domain.StrengthRule;
import com.empathyevidence.domain.WarningRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * The evidence behind one Jira issue, permission-checked: what the panel and the REST API show. A fixed number of
 * store queries per issue, whatever the number of links.
 */
@JiraComponent
public class IssueEvidenceService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;
    private final PanelAggregates aggregates;

    @Inject
    public IssueEvidenceService(EvidenceStore store, AccessPolicy access, Today today, PanelAggregates aggregates) {
        this.store = store;
        this.access = access;
        this.today = today;
        this.aggregates = aggregates;
    }

    /** Without aggregate queries: the panel takes the full path (unit tests). */
    public IssueEvidenceService(EvidenceStore store, AccessPolicy access, Today today) {
        this(store, access, today, null);
    }

    /**
     * The panel's first screen: the issue's strength, warnings and counts from aggregate queries (the same figures as
     * {@link #forIssue}, which loads every piece), and only the rows shown loaded: per relation the first
     * {@code screenful}, every row of the {@code expanded} relations. A fixed number of statements whatever the number
     * of links. When the database does not read the aggregate statements, the full path answers instead.
     */
    public IssuePanel forPanel(String issueKey, Set<com.empathyevidence.domain.Relation> expanded, int screenful) {
        IssueRef issue = visibleIssue(issueKey);
        if (aggregates == null) {
            return IssuePanel.whole(forIssue(issueKey));
        }
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        java.util.Optional<Set<String>> projects = aggregates.projects(issue.key());
        if (projects.isEmpty()) {
            return IssuePanel.whole(forIssue(issueKey));
        }
        Set<String> visibleProjects = new java.util.TreeSet<>();
        for (String project : projects.get()) {
            if (access.canBrowseProject(project)) {
                visibleProjects.add(project);
            }
        }
        Map<com.empathyevidence.domain.Relation, Integer> limits = new java.util.EnumMap<>(com.empathyevidence.domain.Relation.class);
        for (com.empathyevidence.domain.Relation r : com.empathyevidence.domain.Relation.values()) {
            limits.put(r, expanded.contains(r) ? Integer.MAX_VALUE / 8 : screenful);
        }
        java.util.Optional<List<PanelAggregates.ItemLink>> itemLinks = aggregates.linkedItems(issue.key());
        if (itemLinks.isEmpty()) {
            return IssuePanel.whole(forIssue(issueKey));
        }
        // the finding's personas, as personas(links) takes them: those of the linked map items
        Set<String> personas = new java.util.TreeSet<>();
        itemLinks.get().forEach(link -> personas.add(link.item().personaKey()));
        java.util.Optional<PanelAggregates.Tallies> tallies = aggregates.tallies(issue.key(), policies, now, visibleProjects, personas);
        java.util.Optional<List<PanelAggregates.Row>> rows = aggregates.rows(issue.key(), visibleProjects, limits);
        if (tallies.isEmpty() || rows.isEmpty()) {
            return IssuePanel.whole(forIssue(issueKey));
        }
        // one read for the rows shown and the backing of the linked map items
        Set<Long> wanted = new java.util.LinkedHashSet<>();
        rows.get().forEach(r -> wanted.add(r.evidenceId()));
        itemLinks.get().forEach(link -> wanted.addAll(link.backing()));
        Map<Long, Evidence> loaded = new HashMap<>();
        for (Evidence e : store.evidence(wanted)) {
            loaded.put(e.id(), e);
        }
        List<AssessedEvidence> shown = new ArrayList<>();
        for (PanelAggregates.Row row : rows.get()) {
            Evidence e = loaded.get(row.evidenceId());
            if (e != null) {
                shown.add(assess(e, policies, now, row.relation()));
            }
        }
        Visibility visibility = new Visibility(access);
        List<IssueEvidence.LinkedItem> items = new ArrayList<>();
        for (PanelAggregates.ItemLink link : itemLinks.get()) {
            List<AssessedEvidence> backing = new ArrayList<>();
            int hiddenBacking = 0;
            for (Long id : link.backing()) {
                Evidence e = loaded.get(id);
                if (e == null) {
                    continue;
                }
                if (!visibility.canSee(e)) {
                    hiddenBacking += e.isActive() ? 1 : 0;
                    continue;
                }
                backing.add(assess(e, policies, now, link.link().relation()));
            }
            items.add(new IssueEvidence.LinkedItem(link.item(), link.link().relation(), RollupRule.rollup(backing), hiddenBacking));
        }
        PanelAggregates.Tallies t = tallies.get();
        Strength strength = StrengthRule.score(t.all());
        IssueEvidence evidence = new IssueEvidence(issue, shown, items, t.hidden(), strength, ConfidenceRule.grade(strength, t.all()), WarningRule.evaluate(t.all()),
                successors(shown, visibility, policies, now));
        return new IssuePanel(evidence, t.visibleByRelation(), t.supporterAliases(), t.againstAliases(), t.unnamedAgainst());
    }

    /**
     * The issue's evidence as the viewer may see it, with the issue's own strength and warnings: those are judged on
     * every piece the issue rests on ({@link #allLinked}), visible or not, so every reader (and the issue property, and
     * JQL) gets the same figures. Only the list is filtered; what is left out is counted as hidden, never shown.
     */
    public IssueEvidence forIssue(String issueKey) {
        IssueRef issue = visibleIssue(issueKey);
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        EvidenceStore.IssueLinks links = store.linkedToIssue(issue.key());
        Visibility visibility = new Visibility(access);
        List<AssessedEvidence> all = allLinked(links, policies, now);
        List<AssessedEvidence> visible = new ArrayList<>();
        int hidden = 0;
        for (AssessedEvidence a : all) {
            if (visibility.canSee(a.evidence())) {
                visible.add(a);
            } else {
                hidden++;
            }
        }
        List<IssueEvidence.LinkedItem> items = new ArrayList<>();
        for (EvidenceStore.LinkedMapItem linked : links.mapItems()) {
            List<AssessedEvidence> backing = new ArrayList<>();
            int hiddenBacking = 0;
            for (Evidence e : linked.backing()) {
                if (!visibility.canSee(e)) {
                    hiddenBacking += e.isActive() ? 1 : 0;
                    continue;
                }
                backing.add(assess(e, policies, now, linked.link().relation()));
            }
            items.add(new IssueEvidence.LinkedItem(linked.item(), linked.link().relation(), RollupRule.rollup(backing), hiddenBacking));
        }
        return new IssueEvidence(issue, visible, items, hidden, StrengthRule.score(all), ConfidenceRule.grade(all, personas(links)),
                WarningRule.evaluate(all, now),
                successors(visible, visibility, policies, now));
    }

    /**
     * Every piece of evidence the issue rests on, whoever may see it: linked directly, then the backing of each linked
     * map item (taking the item's relation), each piece once, the first way it is reached. The one input of the issue's
     * strength and warnings, for the panel, the REST API and the issue property alike.
     */
    public static List<AssessedEvidence> allLinked(EvidenceStore.IssueLinks links, FreshnessPolicies policies, LocalDate now) {
        List<AssessedEvidence> all = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (LinkedEvidence linked : links.evidence()) {
            if (seen.add(linked.evidence().id())) {
                all.add(assess(linked.evidence(), policies, now, linked.relation()));
            }
        }
        for (EvidenceStore.LinkedMapItem item : links.mapItems()) {
            for (Evidence e : item.backing()) {
                if (seen.add(e.id())) {
                    all.add(assess(e, policies, now, item.link().relation()));
                }
            }
        }
        return all;
    }

    /**
     * The personas the issue's finding is about, for CERQual's relevance: those of the map items it links (none when it
     * links evidence only; persona fit is then not judged).
     */
    public static Set<String> personas(EvidenceStore.IssueLinks links) {
        Set<String> personas = new java.util.TreeSet<>();
        for (EvidenceStore.LinkedMapItem item : links.mapItems()) {
            personas.add(item.item().personaKey());
        }
        return personas;
    }

    /** The successors of retired pieces in the list that the viewer may see and that are not in the list themselves. */
    private List<AssessedEvidence> successors(List<AssessedEvidence> visible, Visibility visibility, FreshnessPolicies policies, LocalDate now) {
        Set<Long> listed = new HashSet<>();
        visible.forEach(a -> listed.add(a.evidence().id()));
        List<Long> wanted = new ArrayList<>();
        for (AssessedEvidence a : visible) {
            Long successor = a.evidence().successorId();
            if (!a.evidence().isActive() && successor != null && listed.add(successor)) {
                wanted.add(successor);
            }
        }
        List<AssessedEvidence> successors = new ArrayList<>();
        if (!wanted.isEmpty()) {
            // one read for all of them, not one per retired piece
            for (Evidence e : store.evidence(wanted)) {
                if (visibility.canSee(e)) {
                    successors.add(assess(e, policies, now, null));
                }
            }
        }
        return successors;
    }

    IssueRef visibleIssue(String issueKey) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        return access.visibleIssue(issueKey).orElseThrow(() -> Problem.notFound("empathy.error.issueNotFound", issueKey));
    }

    static AssessedEvidence assess(Evidence e, FreshnessPolicies policies, LocalDate today, com.empathyevidence.domain.Relation relation) {
        return new AssessedEvidence(e, e.freshness(policies.forProject(e.projectKey()), today), relation);
    }

    /** Browse permission per owning project, asked once per project per request. */
    static final class Visibility {
        private final AccessPolicy access;
        private final Map<String, Boolean> projects = new HashMap<>();

        Visibility(AccessPolicy access) {
            this.access = access;
        }

        boolean canSee(Evidence e) {
            return e.projectKey() == null || projects.computeIfAbsent(e.projectKey(), access::canBrowseProject);
        }
    }
}
