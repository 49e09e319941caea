package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.WorkflowPasses;
import com.empathyevidence.domain.EvidenceCheck;
import com.empathyevidence.domain.WorkflowPass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link WorkflowPasses} over Active Objects (table {@code WORKFLOW_PASS}): one insert per pass (one transaction, retried
 * by {@link Retry} when the database refuses it), one query per issue.
 */
@JiraComponent
public class AoWorkflowPasses implements WorkflowPasses {

    private final ActiveObjects ao;

    @Inject
    public AoWorkflowPasses(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(WorkflowPass pass) {
        String gaps = String.join(",", pass.gaps().stream().map(Enum::name).toList());
        Retry.inTransaction(ao, () -> ao.create(WorkflowPassEntity.class, new DBParam("ISSUE_KEY", pass.issueKey()),
                new DBParam("TRANSITION", pass.transition()), new DBParam("USER_KEY", pass.userKey()),
                new DBParam("PASSED_AT", pass.passedAt().toString()), new DBParam("GAPS", gaps)));
    }

    @Override
    public List<WorkflowPass> forIssue(String issueKey, int limit) {
        List<WorkflowPass> passes = new ArrayList<>();
        for (WorkflowPassEntity e : ao.find(WorkflowPassEntity.class,
                Query.select().where("ISSUE_KEY = ?", issueKey).order("ID DESC").limit(limit))) {
            List<EvidenceCheck.GapKind> gaps = e.getGaps().isEmpty() ? List.of()
                    : Arrays.stream(e.getGaps().split(",")).map(EvidenceCheck.GapKind::valueOf).toList();
            passes.add(new WorkflowPass(e.getIssueKey(), e.getTransition(), e.getUserKey(), Instant.parse(e.getPassedAt()), gaps));
        }
        return passes;
    }
}
