package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.EvidenceCheckService;
import com.empathyevidence.domain.EvidenceCheck;
import com.empathyevidence.view.EvidenceCheckView;
import com.empathyevidence.view.Texts;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The evidence check as a workflow validator: a blocked transition gets the check's sentences (Jira shows an
 * {@link InvalidInputException}'s message to the user); in warn-only mode the transition passes and the pass is recorded
 * for the panel. The rule is {@link EvidenceCheck}.
 */
public class EvidenceCheckValidator implements Validator {

    private final EvidenceCheckService checks;
    private final AccessPolicy access;
    private final Texts texts;

    @Inject
    public EvidenceCheckValidator(EvidenceCheckService checks, AccessPolicy access, Texts texts) {
        this.checks = checks;
        this.access = access;
        this.texts = texts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        if (issue == null) {
            return;
        }
        EvidenceCheck.Requirements requirements = EvidenceCheck.Requirements.of(args);
        List<EvidenceCheck.Gap> gaps = checks.check(issue.getKey(), requirements);
        if (gaps.isEmpty()) {
            return;
        }
        if (requirements.warnOnly()) {
            checks.recordPass(issue.getKey(), transitionName(transientVars), access.currentUser().orElse(null), gaps);
            return;
        }
        throw new InvalidInputException(EvidenceCheckView.sentences(texts, issue.getKey(), gaps));
    }

    /** The transition's name, from the workflow descriptor and action id Jira passes in; "" when it does not. */
    @SuppressWarnings("rawtypes")
    static String transitionName(Map transientVars) {
        Object descriptor = transientVars.get("descriptor");
        Object actionId = transientVars.get("actionId");
        if (descriptor instanceof WorkflowDescriptor workflow && actionId instanceof Integer id) {
            ActionDescriptor action = workflow.getAction(id);
            return action == null || action.getName() == null ? "" : action.getName();
        }
        return "";
    }
}
