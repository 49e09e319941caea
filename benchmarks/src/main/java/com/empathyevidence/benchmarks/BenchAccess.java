package com.empathyevidence.benchmarks;

import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.IssueRef;
import java.util.Optional;

/**
 * The access port for the in-memory map benchmark: a signed-in, non-admin user who may browse every project except
 * OPS (so some evidence is counted but hidden, as for the workbench's "viewer") and sees every issue.
 */
final class BenchAccess implements AccessPolicy {

    @Override
    public Optional<String> currentUser() {
        return Optional.of("viewer");
    }

    @Override
    public boolean isAdmin() {
        return false;
    }

    @Override
    public Optional<IssueRef> visibleIssue(String issueKey) {
        return Optional.of(new IssueRef(issueKey, "Issue " + issueKey, "In Progress", issueKey.substring(0, issueKey.indexOf('-'))));
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        return !"OPS".equals(projectKey);
    }
}
