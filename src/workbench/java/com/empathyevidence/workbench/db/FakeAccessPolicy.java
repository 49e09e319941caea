package com.empathyevidence.workbench.db;

import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.IssueRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The viewer of the storage contracts, standing in for Jira's permissions (the real policies are Jira's): one user
 * ("pm" unless a test names another, none when null), who browses the projects in {@link #projects} (DEMO and BILL
 * unless a test changes them) and sees every issue but those in {@link #hiddenIssues}. Not an admin, edits nothing,
 * and every project exists. What a visible issue looks like (status, resolution) is the test's to say; by default
 * it is open in "Backlog".
 */
final class FakeAccessPolicy implements AccessPolicy {

    /** The signed-in user's key; null for an anonymous viewer. */
    String user = "pm";
    final Set<String> projects = new HashSet<>(Set.of("DEMO", "BILL"));
    final Set<String> hiddenIssues = new HashSet<>();
    private final Function<String, IssueRef> issues;

    /** A viewer to whom every visible issue is open, in "Backlog". */
    FakeAccessPolicy() {
        this(key -> new IssueRef(key, "Summary of " + key, "Backlog", projectOf(key)));
    }

    /** A viewer to whom a visible issue looks as {@code issues} describes it from its key. */
    FakeAccessPolicy(Function<String, IssueRef> issues) {
        this.issues = issues;
    }

    /** The project key of an issue key ("DEMO" of "DEMO-7"). */
    static String projectOf(String issueKey) {
        return issueKey.substring(0, issueKey.indexOf('-'));
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean isAdmin() {
        return false;
    }

    @Override
    public Optional<IssueRef> visibleIssue(String issueKey) {
        return hiddenIssues.contains(issueKey) ? Optional.empty() : Optional.of(issues.apply(issueKey));
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        return projects.contains(projectKey);
    }

    @Override
    public boolean canEditProject(String projectKey) {
        return false;
    }

    @Override
    public boolean canEditIssue(String issueKey) {
        return false;
    }

    @Override
    public boolean projectExists(String projectKey) {
        return true;
    }

    @Override
    public List<String> browsableProjects() {
        return new ArrayList<>(projects);
    }
}
