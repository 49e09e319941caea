package com.empathyevidence.app;

import com.empathyevidence.domain.Relation;
import java.util.Map;
import java.util.Set;

/**
 * The panel's first screen of an issue: the issue's strength, warnings and hidden count (of all of its evidence), the
 * rows shown (a screenful per relation, or all of the expanded relations) and what the panel counts of the rest.
 *
 * @param shown            the issue's evidence as {@link IssueEvidenceService#forIssue} gives it, with only the rows shown
 * @param visibleByRelation the pieces the viewer sees per relation ("Show all N"); null when {@code shown} holds them all
 * @param supporterAliases the distinct participants behind the active supporting pieces the viewer sees (null: count them in {@code shown})
 * @param againstAliases   the same for the active contradicting pieces
 * @param unnamedAgainst   active contradicting pieces the viewer sees without a participant
 */
public record IssuePanel(IssueEvidence shown, Map<Relation, Integer> visibleByRelation, Set<String> supporterAliases,
                         Set<String> againstAliases, int unnamedAgainst) {

    /** Every visible row is in {@code evidence}: the panel counts them itself. */
    public static IssuePanel whole(IssueEvidence evidence) {
        return new IssuePanel(evidence, null, null, null, 0);
    }
}
