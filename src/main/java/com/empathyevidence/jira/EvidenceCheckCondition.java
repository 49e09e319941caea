package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.condition.AbstractJiraCondition;
import com.empathyevidence.app.EvidenceCheckService;
import com.empathyevidence.domain.EvidenceCheck;
import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;
import jakarta.inject.Inject;

/** The evidence check as a workflow condition: the transition is offered only when nothing is missing ({@link EvidenceCheck}). */
public class EvidenceCheckCondition extends AbstractJiraCondition {

    private final EvidenceCheckService checks;

    @Inject
    public EvidenceCheckCondition(EvidenceCheckService checks) {
        this.checks = checks;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        Issue issue = getIssue(transientVars);
        if (issue == null) {
            return false;
        }
        // warn-only has no meaning for a condition: it is not read here
        EvidenceCheck.Requirements asked = EvidenceCheck.Requirements.of(args);
        return checks.check(issue.getKey(), asked).isEmpty();
    }
}
