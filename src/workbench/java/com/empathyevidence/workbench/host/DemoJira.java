package com.empathyevidence.workbench.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Jira side of the workbench: demo projects and issues, the signed-in user, and browse permissions that the
 * plugin's checks really consult (the viewer may not browse BILL).
 */
public final class DemoJira implements JiraAuthenticationContext, PermissionManager, IssueManager, ProjectManager,
        com.atlassian.jira.user.util.UserManager {

    /** A demo issue as the workbench shows it. */
    public record DemoIssue(long id, String key, String summary, String status, String type, String description) {
        public String projectKey() {
            return key.substring(0, key.indexOf('-'));
        }
    }

    private final Directory directory;
    private final Map<String, ProjectImpl> projects = new LinkedHashMap<>();
    private final Map<String, DemoIssue> issues = new LinkedHashMap<>();

    private volatile java.util.function.BooleanSupplier readOnlyMode = () -> false;

    /** Plays Jira's read-only mode in the permission check, as Jira does (system administrators are exempt). */
    public void playReadOnlyMode(java.util.function.BooleanSupplier readOnly) {
        this.readOnlyMode = readOnly;
    }

    private volatile WorkbenchWorkflow workflow;

    /** Plays Jira's workflow: statuses, their categories and resolution dates, transitions with their conditions and validators. */
    public void playWorkflow(WorkbenchWorkflow workflow) {
        this.workflow = workflow;
    }

    /** The workflow, or null while none is played (the app's modules off). */
    public WorkbenchWorkflow workflow() {
        return workflow;
    }

    /** The issue's current status and resolution date: the workflow's, or the demo issue's own while no workflow is played. */
    WorkbenchWorkflow.State state(DemoIssue issue) {
        WorkbenchWorkflow w = workflow;
        return w == null ? new WorkbenchWorkflow.State(issue.status(), null) : w.state(issue);
    }

    private volatile WorkbenchCreatedIssues created;

    /** validation (issue 17): plays Jira's create issue, the issues kept in the database beside the demo ones. */
    public void playCreatedIssues(WorkbenchCreatedIssues created) {
        this.created = created;
    }

    /** Jira's standard issue types, as {@code /rest/api/2/issue} takes them (by name or id) in every demo project. */
    public static final Map<String, String> ISSUE_TYPES = Map.of("10001", "Story", "10002", "Task", "10003", "Bug", "10004", "Improvement");

    /**
     * Each project's issue types (its issue type scheme), as Jira offers them on create: BILL has no Improvement and
     * PHASE no Task, so an issue type Jira has can still be refused in a project whose scheme leaves it out. Any other
     * project (the generated ones) has Jira's default issue type scheme: every type.
     */
    public static final Map<String, java.util.List<String>> PROJECT_ISSUE_TYPES = Map.of(
            "DEMO", java.util.List.of("Story", "Task", "Bug", "Improvement"),
            "BILL", java.util.List.of("Story", "Task", "Bug"),
            "PHASE", java.util.List.of("Story", "Bug", "Improvement"));

    /**
     * The issue type's name for this name or id when the project's scheme holds it, or null (Jira: "The issue type
     * selected is invalid."), whether Jira has no such type or only this project lacks it.
     */
    public static String issueType(String projectKey, String nameOrId) {
        String type = issueType(nameOrId);
        return type != null && PROJECT_ISSUE_TYPES.getOrDefault(projectKey, java.util.List.copyOf(ISSUE_TYPES.values())).contains(type) ? type : null;
    }

    /** The issue type's name for this name or id (as Jira matches them), or null when Jira has no such type. */
    public static String issueType(String nameOrId) {
        if (nameOrId == null) {
            return null;
        }
        if (ISSUE_TYPES.containsKey(nameOrId)) {
            return ISSUE_TYPES.get(nameOrId);
        }
        return ISSUE_TYPES.values().stream().filter(n -> n.equals(nameOrId)).findFirst().orElse(null);
    }

    /**
     * Creates an issue (status "To Do"), as Jira's create does once its checks passed: numbered after the project's
     * highest issue, kept in the database. Null when no created-issues store is played.
     */
    public DemoIssue createIssue(String projectKey, String type, String summary, String reporter) {
        WorkbenchCreatedIssues store = created;
        if (store == null) {
            return null;
        }
        int highest = 0;
        synchronized (issues) {
            for (String key : issues.keySet()) {
                if (key.startsWith(projectKey + "-")) {
                    highest = Math.max(highest, Integer.parseInt(key.substring(projectKey.length() + 1)));
                }
            }
        }
        WorkbenchCreatedIssues.Created made = store.create(projectKey, highest + 1, summary, type, reporter);
        return fromCreated(made);
    }

    private static DemoIssue fromCreated(WorkbenchCreatedIssues.Created made) {
        return new DemoIssue(made.id(), made.key(), made.summary(), "To Do", made.type(), "");
    }

    public DemoJira(Directory directory) {
        this.directory = directory;
        project(10000, "DEMO", "Invoicing");
        project(10001, "BILL", "Billing platform");
        // phasein (issue 16): a project whose warnings mode and hidden panel the phase-in tests switch (admin administers it)
        project(10002, "PHASE", "Phase-in trial");
        issue("DEMO-1", "Import bank statements from CSV", "In Progress", "Story",
                "Accountants re-key every bank statement line by hand. Let them import the bank's CSV export.");
        issue("DEMO-2", "Autosave invoice drafts every few seconds", "To Do", "Story",
                "Users lose long invoices when the session times out.");
        issue("DEMO-3", "Bulk-approve expense claims", "To Do", "Story",
                "Managers approve claims one by one at month end.");
        issue("DEMO-4", "Redesign the invoice PDF layout", "Backlog", "Improvement",
                "Make the invoice PDF look more modern.");
        issue("DEMO-5", "Show VAT totals per rate on the invoice", "To Do", "Story",
                "Accountants need VAT broken down per rate for the quarterly return.");
        issue("DEMO-6", "Let accountants flag a client's month as closed", "To Do", "Story",
                "Accountants track which clients are done on paper. Show it in the product.");
        issue("DEMO-7", "Warn before the session times out on a long invoice", "To Do", "Story",
                "Give users a chance to keep working before the session ends.");
        issue("DEMO-8", "Import PDF bank statements", "Backlog", "Story",
                "Many clients only send PDF statements.");
        issue("DEMO-9", "Remember the last-used VAT rate per client", "Backlog", "Improvement",
                "Accountants pick the same VAT rate for a client every time.");
        issue("DEMO-10", "Explain reconciliation mismatches in plain words", "Backlog", "Story",
                "Accountants assume a mismatch is their own mistake and start over.");
        // Backlog items the demo data links nothing to; the workbench's tests each write to their own.
        issue("DEMO-11", "Send payment reminders from the invoice list", "Backlog", "Story",
                "Reminders are written by hand in the mail client today.");
        issue("DEMO-12", "Copy last month's invoice for a recurring client", "Backlog", "Story",
                "Recurring invoices are retyped every month.");
        issue("DEMO-13", "Attach receipts to an expense claim from a phone", "Backlog", "Story",
                "Receipts get lost between the shop and the office.");
        issue("DEMO-14", "Show which clients have not sent their statements", "Backlog", "Story",
                "Accountants chase clients one by one.");
        issue("DEMO-15", "Export the VAT return as the tax office's file format", "Backlog", "Story",
                "The return is typed into the tax office's portal by hand.");
        issue("DEMO-16", "Warn when a client's bank feed stops", "Backlog", "Story",
                "A broken feed is noticed weeks later at month end.");
        issue("DEMO-17", "Let clients upload receipts by email", "Backlog", "Story",
                "Clients forward receipts to a personal inbox.");
        issue("DEMO-18", "Show a client's unpaid invoices on one page", "Backlog", "Story",
                "Accountants search three screens to answer one call.");
        // DEMO-20, DEMO-21: read-only mode tests (ReadOnlyModeIT)
        issue("DEMO-20", "Keep the month-end close open during maintenance", "Backlog", "Story",
                "Accountants still need to read their evidence while Jira is being maintained.");
        issue("DEMO-21", "Say plainly when changes are paused for maintenance", "Backlog", "Story",
                "A change that silently fails during maintenance is lost work.");
        // DEMO-24..26: the performance tests' own issues (map revalidation)
        issue("DEMO-24", "Remember the last VAT period a client filed", "Backlog", "Story",
                "Accountants look up the last period in last year's folder.");
        issue("DEMO-25", "Show the VAT deadline of each client on the dashboard", "Backlog", "Story",
                "Deadlines are kept in a spreadsheet beside the ledger.");
        issue("DEMO-26", "Import a year of bank statements at once", "Backlog", "Story",
                "Statements are imported one month at a time.");
        issue("BILL-1", "Send dunning emails in the customer's language", "In Review", "Story",
                "Reminders go out in English to every customer.");
        issue("BILL-2", "Retry failed card payments on payday", "To Do", "Story",
                "Card payments fail at the end of the month and are never retried.");
        // Issue search and the evidence health page (JqlSearchIT, EvidenceHealthBrowserIT): each test sets these itself.
        issue("DEMO-27", "Match card payments to invoices automatically", "Backlog", "Story",
                "Accountants match card payments to invoices by amount and date.");
        issue("DEMO-28", "Show the client's payment terms on every invoice", "Backlog", "Story",
                "Clients pay late because they do not know the terms.");
        issue("DEMO-29", "Let clients pay an invoice by bank transfer link", "Backlog", "Story",
                "Clients copy the bank details by hand and make mistakes.");
        // for the evidence library's tests (LibraryHttpIT, LibraryBrowserIT)
        issue("DEMO-30", "Reconcile a bank file in one step", "Backlog", "Story",
                "Used by the evidence library tests.");
        issue("DEMO-31", "Warn before an invoice is sent twice", "Backlog", "Story",
                "Used by the evidence library tests.");
        // the panel's "Show all N" (ShowAllBrowserIT): the test links its own evidence
        issue("DEMO-32", "Remind clients of unpaid invoices by email", "Backlog", "Story",
                "Used by the panel's Show all tests.");
        // DEMO-50..54: the workflow evidence check and delivery status (WorkflowHttpIT, WorkflowBrowserIT); each test links its own evidence
        issue("DEMO-50", "Flag a client's missing statements before month end", "To Do", "Story",
                "Used by the workflow evidence check tests: a validator blocks it.");
        issue("DEMO-51", "Suggest the VAT rate from the client's history", "To Do", "Story",
                "Used by the workflow evidence check tests: warn-only lets it pass.");
        issue("DEMO-52", "Show a reconciliation's progress per client", "To Do", "Story",
                "Used by the workflow evidence check tests: a condition hides a transition.");
        issue("DEMO-53", "Let accountants pause a client's reminders", "To Do", "Story",
                "Used by the delivery status tests: resolved during the test.");
        issue("DEMO-54", "Group bank lines by counterparty", "To Do", "Story",
                "Used by the workflow HTTP tests.");
        // owners, requests and the review queue (OwnershipHttpIT, OwnershipBrowserIT): each test links its own evidence
        issue("DEMO-45", "Let an accountant hand a client over to a colleague", "Backlog", "Story",
                "Used by the owners tests.");
        issue("DEMO-46", "Show which invoices a client disputed", "Backlog", "Story",
                "Used by the owners tests.");
        issue("DEMO-47", "Explain late fees on the invoice", "Backlog", "Story",
                "Used by the owners tests.");
        issue("DEMO-48", "Archive last year's invoices", "Done", "Story",
                "Used by the owners tests: a done issue.");
        issue("DEMO-49", "Split an invoice across two cost centres", "Backlog", "Story",
                "Used by the owners tests.");
        issue("BILL-30", "Explain a failed payment to the customer", "Backlog", "Story",
                "Used by the evidence library tests: a BILL issue the viewer may not browse.");
        // WorkbenchHttpIT's hostile-markup test: an issue with only its own evidence, so the piece is in the panel's first screenful
        issue("BILL-31", "Show the card network's decline reason", "Backlog", "Story",
                "Used by the workbench HTTP tests.");
        // the import's issue column (CsvImportLinksIT, ImportBrowserIT): the tests link their own evidence
        issue("DEMO-40", "Import last quarter's interview notes", "Backlog", "Story",
                "Used by the CSV import tests (issue column).");
        issue("DEMO-41", "Bring survey answers into the backlog", "Backlog", "Story",
                "Used by the CSV import tests (issue column).");
        issue("DEMO-42", "Keep research from the old tool when we move", "Backlog", "Story",
                "Used by the import page's browser test.");
        // phasein (issue 16): the phase-in tests' own project (PhaseInHttpIT, PhaseInBrowserIT)
        issue("PHASE-1", "Let accountants close a month in one step", "Backlog", "Story",
                "Used by the phase-in tests: warnings on, preview or off.");
        issue("PHASE-2", "Show the month-end checklist on the dashboard", "Backlog", "Story",
                "Used by the phase-in tests.");
        issue("PHASE-3", "Remind accountants of open month-end tasks", "Backlog", "Story",
                "Used by the phase-in tests: an issue without evidence.");
    }

    /** The system property that adds generated projects (benchmarks and load only; README, "Generated projects"). */
    public static final String GENERATED_PROJECTS = "workbench.generatedProjects";

    /**
     * Adds generated projects for benchmarks and load runs: {@code KEY:N[,KEY:N...]} makes project KEY with issues
     * KEY-1..KEY-N (summaries "Generated issue n"), which admin and pm may browse and viewer may not (as BILL). Nothing
     * when the value is null or blank; a malformed value is an {@link IllegalArgumentException} naming what is allowed.
     */
    public void generateProjects(String spec) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String one : spec.split(",")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*([A-Z][A-Z0-9]{1,9}):(\\d{1,6})\\s*").matcher(one);
            if (!m.matches() || projects.containsKey(m.group(1))) {
                throw new IllegalArgumentException("Cannot use -D" + GENERATED_PROJECTS + "=" + spec + ": give KEY:N[,KEY:N], a new project key"
                        + " of 2 to 10 capital letters or digits starting with a letter, and 1 to 999999 issues.");
            }
            String key = m.group(1);
            int count = Integer.parseInt(m.group(2));
            project(10000 + projects.size(), key, "Generated project " + key);
            for (int i = 1; i <= count; i++) {
                issue(key + "-" + i, "Generated issue " + i + " of " + key, "Backlog", "Story", "A generated issue for benchmarks and load runs.");
            }
            directory.allow("admin", key);
            directory.allow("pm", key);
        }
    }

    private void project(long id, String key, String name) {
        projects.put(key, new ProjectImpl(id, key, name));
    }

    private void issue(String key, String summary, String status, String type, String description) {
        issues.put(key, new DemoIssue(10100 + issues.size(), key, summary, status, type, description));
    }

    public List<DemoIssue> issues() {
        List<DemoIssue> all = new ArrayList<>(issues.values());
        WorkbenchCreatedIssues store = created;
        if (store != null) {
            store.all().forEach(c -> all.add(fromCreated(c)));
        }
        return all;
    }

    public DemoIssue demoIssue(String key) {
        if (key == null) {
            return null;
        }
        DemoIssue demo = issues.get(key.toUpperCase(Locale.ROOT));
        WorkbenchCreatedIssues store = created;
        if (demo == null && store != null && key.matches("[A-Za-z][A-Za-z0-9_]*-[0-9]{1,9}")) {
            return store.find(key).map(DemoJira::fromCreated).orElse(null);
        }
        return demo;
    }

    public String projectName(String key) {
        ProjectImpl p = projects.get(key);
        return p == null ? key : p.name;
    }

    // JiraAuthenticationContext

    @Override
    public ApplicationUser getLoggedInUser() {
        return CurrentUser.get().map(UserImpl::new).orElse(null);
    }

    /** As Jira's: the thread runs as this user from now on (scheduled work acting for one user); null is anonymous. */
    @Override
    public void setLoggedInUser(ApplicationUser user) {
        CurrentUser.set(user == null ? null : directory.find(user.getUsername()).orElse(null));
    }

    /** Jira's user manager: the user with this key (the workbench's keys are the usernames), or null. */
    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return directory.find(userKey).map(u -> (ApplicationUser) new UserImpl(u)).orElse(null);
    }

    @Override
    public boolean isLoggedInUser() {
        return CurrentUser.get().isPresent();
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    // PermissionManager

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        return issue != null && hasPermission(permissionKey, issue.getProjectObject(), user);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (project == null || user == null) {
            return false;
        }
        Directory.User u = directory.find(user.getUsername()).orElse(null);
        if (u == null || !u.mayBrowse(project.getKey())) {
            return false;
        }
        if (!ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey) && !u.admin() && readOnlyMode.getAsBoolean()) {
            // Jira's read-only mode, as Jira enforces it: a non-system-administrator gets no write permission.
            return false;
        }
        if (ProjectPermissions.ADMINISTER_PROJECTS.equals(permissionKey)) {
            return u.admin();
        }
        return ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey) || u.editor();
    }

    // IssueManager

    @Override
    public MutableIssue getIssueObject(String key) {
        DemoIssue issue = demoIssue(key);
        return issue == null ? null : issueImpl(issue);
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        MutableIssue demo = issues.values().stream().filter(i -> id != null && i.id() == id).findFirst()
                .map(i -> (MutableIssue) issueImpl(i)).orElse(null);
        WorkbenchCreatedIssues store = created;
        if (demo == null && id != null && store != null) {
            return store.find(id).map(c -> (MutableIssue) issueImpl(fromCreated(c))).orElse(null);
        }
        return demo;
    }

    @Override
    public MutableIssue getIssueByCurrentKey(String key) {
        return getIssueObject(key);
    }

    // ProjectManager

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projectKey == null ? null : projects.get(projectKey.toUpperCase(Locale.ROOT));
    }

    @Override
    public List<Project> getProjectObjects() {
        return new ArrayList<>(projects.values());
    }

    private record ProjectImpl(long id, String key, String name) implements Project {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private record StatusImpl(String name) implements Status {
        @Override
        public String getId() {
            return name.toLowerCase(Locale.ROOT).replace(' ', '-');
        }

        /** As Jira's default workflow files its statuses: Done, Closed and Resolved are "done"; To Do, Backlog and Open "new". */
        @Override
        public String getName() {
            return name;
        }

        @Override
        public com.atlassian.jira.issue.status.category.StatusCategory getStatusCategory() {
            WorkbenchWorkflow.StatusDef def = WorkbenchWorkflow.status(name);
            return new com.atlassian.jira.issue.status.category.StatusCategory() {
                @Override
                public String getKey() {
                    return def.categoryKey();
                }

                @Override
                public String getName() {
                    return def.categoryName();
                }
            };
        }
    }

    private IssueImpl issueImpl(DemoIssue issue) {
        return new IssueImpl(issue, projects.get(issue.projectKey()), state(issue));
    }

    private record IssueImpl(DemoIssue issue, ProjectImpl project, WorkbenchWorkflow.State state) implements MutableIssue {
        @Override
        public java.sql.Timestamp getResolutionDate() {
            return state.resolvedAt() == null ? null : java.sql.Timestamp.from(state.resolvedAt());
        }

        @Override
        public Long getId() {
            return issue.id();
        }

        @Override
        public String getKey() {
            return issue.key();
        }

        @Override
        public String getSummary() {
            return issue.summary();
        }

        @Override
        public Project getProjectObject() {
            return project;
        }

        @Override
        public Long getProjectId() {
            return project.id;
        }

        @Override
        public Status getStatus() {
            return new StatusImpl(state.status());
        }
    }

    private record UserImpl(Directory.User user) implements ApplicationUser {
        @Override
        public String getKey() {
            return user.username();
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getName() {
            return user.username();
        }

        @Override
        public String getDisplayName() {
            return user.fullName();
        }

        @Override
        public String getEmailAddress() {
            return user.username() + "@example.com";
        }

        @Override
        public boolean isActive() {
            return true;
        }

        @Override
        public Long getId() {
            return (long) user.username().hashCode();
        }
    }
}
