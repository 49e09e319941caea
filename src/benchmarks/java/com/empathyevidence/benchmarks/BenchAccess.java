package com.empathyevidence.benchmarks;

import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.IssueRef;
import java.util.Optional;

/**
 * The access port for the in-memory map benchmark: a signed-in, non-admin user who may browse every project except
 * OPS (so some evidence is counted but hidden, as for the workbench's "viewer") and sees every issue. Other
 * methods of the port throw (see {@link Doubles}).
 */
final class BenchAccess {

    static AccessPolicy create() {
        return Doubles.of(AccessPolicy.class, new BenchAccess());
    }


    public Optional<String> currentUser() {
        return Optional.of("viewer");
    }

    public boolean isAdmin() {
        return false;
    }

    public Optional<IssueRef> visibleIssue(String issueKey) {
        return Optional.of(new IssueRef(issueKey, "Issue " + issueKey, "In Progress", issueKey.substring(0, issueKey.indexOf('-'))));
    }

    public boolean canBrowseProject(String projectKey) {
        return !"OPS".equals(projectKey);
    }

    public java.util.List<String> browsableProjects() {
        return java.util.List.of("DEMO", "BILL");
    }
}
