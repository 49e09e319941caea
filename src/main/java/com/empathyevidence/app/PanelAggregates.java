package com.empathyevidence.app;

import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.IssueTallies;
import com.empathyevidence.domain.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the evidence panel's first screen needs of an issue's evidence, from aggregate queries: a fixed number of
 * statements whatever the number of links, nothing loaded per linked piece (implemented by
 * {@code storage/AoPanelAggregates}). The issue's evidence is the same set {@link IssueEvidenceService#allLinked} builds
 * (linked directly, then the backing of each linked map item, each piece once, the first way it is reached).
 * Every method answers empty when the database does not read the statements: the caller then takes the full path.
 */
public interface PanelAggregates {

    /** The owning projects of the issue's evidence (pieces without a project are always visible, not listed). */
    Optional<Set<String>> projects(String issueKey);

    /**
     * The issue's tallies (all of its evidence, whoever may see it), with freshness judged on {@code today} with the
     * shelf lives in force, and what the viewer may see of it: the pieces in {@code visibleProjects} (or without a
     * project). The confidence's counts are for a finding about {@code personas} (those of the linked map items; empty:
     * persona fit not judged).
     */
    Optional<Tallies> tallies(String issueKey, FreshnessPolicies policies, LocalDate today, Set<String> visibleProjects, Set<String> personas);

    /**
     * The ids of the visible pieces the panel shows, per relation the first {@code limits.get(relation)} in the panel's
     * order (the order of {@link IssueEvidenceService#allLinked}), ordered so, each with its relation.
     */
    Optional<List<Row>> rows(String issueKey, Set<String> visibleProjects, Map<Relation, Integer> limits);

    /**
     * The map items linked to the issue (in link order), each with the ids of the evidence backing it, or empty when
     * the database does not read the statements.
     */
    Optional<List<ItemLink>> linkedItems(String issueKey);

    /** A linked map item and what backs it (ids, in backing order). */
    record ItemLink(com.empathyevidence.domain.MapItem item, com.empathyevidence.domain.IssueLink link, List<Long> backing) {
    }

    /**
     * @param all                 the tallies of every piece the issue rests on
     * @param hidden              the pieces (active or retired) the viewer may not see
     * @param visibleByRelation   the pieces the viewer sees, per relation
     * @param supporterAliases    the distinct participants behind the active supporting pieces the viewer sees
     * @param againstAliases      the distinct participants behind the active contradicting pieces the viewer sees
     * @param unnamedAgainst      active contradicting pieces the viewer sees without a participant
     */
    record Tallies(IssueTallies all, int hidden, Map<Relation, Integer> visibleByRelation, Set<String> supporterAliases,
                   Set<String> againstAliases, int unnamedAgainst) {
    }

    /** One piece the panel shows. */
    record Row(long evidenceId, Relation relation) {
    }
}
