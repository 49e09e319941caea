package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.IssueStatuses;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import jakarta.inject.Inject;

/** Open work as Jira files it: an issue whose status's category ({@code StatusCategory.getKey()}) is not "done". */
@JiraComponent
public class JiraIssueStatuses implements IssueStatuses {

    static final String DONE = "done";

    private final IssueManager issues;

    @Inject
    public JiraIssueStatuses(@JiraImport IssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Set<String> open(Collection<String> issueKeys) {
        Set<String> open = new LinkedHashSet<>();
        for (String key : new LinkedHashSet<>(issueKeys)) {
            Issue issue = issues.getIssueObject(key);
            Status status = issue == null ? null : issue.getStatus();
            if (status != null && (status.getStatusCategory() == null || !DONE.equals(status.getStatusCategory().getKey()))) {
                open.add(key);
            }
        }
        return open;
    }
}
