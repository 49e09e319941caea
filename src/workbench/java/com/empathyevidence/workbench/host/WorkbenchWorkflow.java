package com.empathyevidence.workbench.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.workbench.PluginContainer;
import com.empathyevidence.workbench.PluginDescriptor;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbench's Jira workflow, as Jira's simplified workflow: statuses with their categories (To Do, In Progress,
 * Done), global transitions (each offered from every status but its own), and the conditions and validators an
 * administrator added to a transition from the plugin's {@code workflow-condition} and {@code workflow-validator}
 * modules, configured through the module's own velocity resources and factory, and run as Jira runs them when the
 * transition is offered (conditions: a transition whose condition fails is not offered) and taken (validators: an
 * {@link InvalidInputException}'s messages are shown to the user and nothing changes). An issue's status and resolution
 * date, and the configured rules, are kept in the workbench's database ({@value #STATUS_TABLE}, {@value #RULE_TABLE}),
 * so every cluster node sees them.
 */
public final class WorkbenchWorkflow {

    static final String STATUS_TABLE = "WB_ISSUE_STATUS";
    static final String RULE_TABLE = "WB_WORKFLOW_RULE";
    /** Jira's permission to take transitions (a permission condition on every transition). */
    static final ProjectPermissionKey TRANSITION_ISSUES = new ProjectPermissionKey("TRANSITION_ISSUES");

    /** A status and its category (key as {@code StatusCategory.getKey()}, name as Jira shows it). */
    public record StatusDef(String name, String categoryKey, String categoryName) {
    }

    public static final List<StatusDef> STATUSES = List.of(
            new StatusDef("Backlog", "new", "To Do"),
            new StatusDef("To Do", "new", "To Do"),
            new StatusDef("Selected for Development", "new", "To Do"),
            new StatusDef("In Progress", "indeterminate", "In Progress"),
            new StatusDef("In Review", "indeterminate", "In Progress"),
            new StatusDef("Done", "done", "Done"));

    /** A global transition to a status. */
    public record Transition(int id, String name, String to) {
    }

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(11, "Back to backlog", "Backlog"),
            new Transition(21, "Select for development", "Selected for Development"),
            new Transition(31, "Start progress", "In Progress"),
            new Transition(41, "Done", "Done"),
            new Transition(51, "Reopen", "To Do"));

    /** An issue's current status and when it was resolved (null while unresolved). */
    public record State(String status, Instant resolvedAt) {
    }

    /** A condition or validator on a transition: the plugin module and its arguments (what the factory made of the form). */
    public record Rule(long id, int transitionId, String moduleKey, Map<String, String> args) {
    }

    /** What taking a transition came to: done, or the messages that stopped it. */
    public record Outcome(boolean done, List<String> errors) {
    }

    private final PersonalAccessTokens.Connections connections;
    private final DemoJira jira;
    private final PluginDescriptor descriptor;
    private final PluginContainer plugin;
    private final TemplateRenderer renderer;
    /** The state as last read, for a page while the database cannot be reached (as the hosts' issue cache). */
    private final Map<String, State> lastRead = new ConcurrentHashMap<>();

    public WorkbenchWorkflow(PersonalAccessTokens.Connections connections, DemoJira jira, PluginDescriptor descriptor,
                             PluginContainer plugin, TemplateRenderer renderer) {
        this.connections = connections;
        this.jira = jira;
        this.descriptor = descriptor;
        this.plugin = plugin;
        this.renderer = renderer;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + STATUS_TABLE + " (ISSUE_KEY VARCHAR(100) PRIMARY KEY, STATUS VARCHAR(100) NOT NULL,"
                    + " RESOLVED_AT BIGINT)");
            s.execute("CREATE TABLE IF NOT EXISTS " + RULE_TABLE + " (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " TRANSITION_ID INT NOT NULL, MODULE_KEY VARCHAR(255) NOT NULL, ARGS VARCHAR(4000) NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the workflow tables: " + e.getMessage(), e);
        }
    }

    public static StatusDef status(String name) {
        return STATUSES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElse(new StatusDef(name, "undefined", "No category"));
    }

    public static Optional<Transition> transition(int id) {
        return TRANSITIONS.stream().filter(t -> t.id() == id).findFirst();
    }

    // ---- issue state

    /** The issue's state: as stored, or the demo issue's own status when it never moved. */
    public State state(DemoJira.DemoIssue issue) {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT STATUS, RESOLVED_AT FROM " + STATUS_TABLE + " WHERE ISSUE_KEY = ?")) {
            q.setString(1, issue.key());
            try (ResultSet rs = q.executeQuery()) {
                State state;
                if (rs.next()) {
                    String status = rs.getString(1);
                    long resolved = rs.getLong(2);
                    state = new State(status, rs.wasNull() ? null : Instant.ofEpochMilli(resolved));
                } else {
                    state = new State(issue.status(), null);
                }
                lastRead.put(issue.key(), state);
                return state;
            }
        } catch (SQLException | RuntimeException e) {
            return lastRead.getOrDefault(issue.key(), new State(issue.status(), null));
        }
    }

    /** Moves the issue to a status: resolved (now) when its category is Done, unresolved otherwise. */
    public void setStatus(String issueKey, String status, Instant resolvedAt) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM " + STATUS_TABLE + " WHERE ISSUE_KEY = ?")) {
                d.setString(1, issueKey);
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO " + STATUS_TABLE + " (ISSUE_KEY, STATUS, RESOLVED_AT) VALUES (?, ?, ?)")) {
                i.setString(1, issueKey);
                i.setString(2, status);
                if (resolvedAt == null) {
                    i.setNull(3, java.sql.Types.BIGINT);
                } else {
                    i.setLong(3, resolvedAt.toEpochMilli());
                }
                i.executeUpdate();
            }
            c.commit();
            lastRead.remove(issueKey);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the issue's status: " + e.getMessage(), e);
        }
    }

    // ---- conditions and validators

    public List<PluginDescriptor.WorkflowModule> modules(String type) {
        return descriptor.workflowModules.stream().filter(m -> m.type().equals(type)).toList();
    }

    public Optional<PluginDescriptor.WorkflowModule> module(String key) {
        return descriptor.workflowModules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The rules on a transition, of one module type ({@code workflow-condition} or {@code workflow-validator}), in the order added. */
    public List<Rule> rules(int transitionId, String type) {
        List<Rule> rules = new ArrayList<>();
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT ID, MODULE_KEY, ARGS FROM " + RULE_TABLE + " WHERE TRANSITION_ID = ? ORDER BY ID")) {
            q.setInt(1, transitionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    if (module(key).map(m -> m.type().equals(type)).orElse(false)) {
                        rules.add(new Rule(rs.getLong(1), transitionId, key, decode(rs.getString(3))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the workflow: " + e.getMessage(), e);
        }
        return rules;
    }

    public Optional<Rule> rule(long id) {
        for (Transition t : TRANSITIONS) {
            for (String type : List.of("workflow-condition", "workflow-validator")) {
                for (Rule r : rules(t.id(), type)) {
                    if (r.id() == id) {
                        return Optional.of(r);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Adds a rule from the module's configuration form, as Jira does: the module's factory turns the form into arguments. */
    public void addRule(int transitionId, PluginDescriptor.WorkflowModule module, Map<String, Object> form) {
        Map<String, String> args = argsFromForm(module, form);
        try (Connection c = connections.open();
             PreparedStatement i = c.prepareStatement("INSERT INTO " + RULE_TABLE + " (TRANSITION_ID, MODULE_KEY, ARGS) VALUES (?, ?, ?)")) {
            i.setInt(1, transitionId);
            i.setString(2, module.key());
            i.setString(3, encode(args));
            i.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the workflow: " + e.getMessage(), e);
        }
    }

    public void updateRule(Rule rule, Map<String, Object> form) {
        PluginDescriptor.WorkflowModule module = module(rule.moduleKey()).orElseThrow();
        try (Connection c = connections.open();
             PreparedStatement u = c.prepareStatement("UPDATE " + RULE_TABLE + " SET ARGS = ? WHERE ID = ?")) {
            u.setString(1, encode(argsFromForm(module, form)));
            u.setLong(2, rule.id());
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the workflow: " + e.getMessage(), e);
        }
    }

    public void deleteRule(long id) {
        try (Connection c = connections.open(); PreparedStatement d = c.prepareStatement("DELETE FROM " + RULE_TABLE + " WHERE ID = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the workflow: " + e.getMessage(), e);
        }
    }

    private Map<String, String> argsFromForm(PluginDescriptor.WorkflowModule module, Map<String, Object> form) {
        WorkflowPluginFactory factory = factory(module);
        Map<String, ?> params = factory instanceof WorkflowPluginValidatorFactory v && module.type().equals("workflow-validator")
                ? v.getDescriptorParams(form) : ((WorkflowPluginConditionFactory) factory).getDescriptorParams(form);
        Map<String, String> args = new TreeMap<>();
        params.forEach((k, v) -> args.put(k, v == null ? "" : v.toString()));
        return args;
    }

    /**
     * The module's velocity resource ({@code view}, {@code input-parameters}, {@code edit-parameters}) rendered with the
     * parameters its factory gives, as Jira renders a workflow function's screens.
     */
    public String render(PluginDescriptor.WorkflowModule module, String resourceName, Rule rule) {
        AbstractDescriptor d = descriptorOf(module, rule == null ? Map.of() : rule.args());
        Map<String, Object> context = new HashMap<>(factory(module).getVelocityParams(resourceName, d));
        StringWriter out = new StringWriter();
        try {
            renderer.render(module.resources().get(resourceName), context, out);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot render " + module.key() + " " + resourceName + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private WorkflowPluginFactory factory(PluginDescriptor.WorkflowModule module) {
        try {
            return (WorkflowPluginFactory) plugin.instantiate(Class.forName(module.factoryClass()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No factory class " + module.factoryClass(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static AbstractDescriptor descriptorOf(PluginDescriptor.WorkflowModule module, Map<String, String> args) {
        if (module.type().equals("workflow-validator")) {
            ValidatorDescriptor v = new ValidatorDescriptor();
            v.getArgs().putAll(args);
            return v;
        }
        ConditionDescriptor c = new ConditionDescriptor();
        c.getArgs().putAll(args);
        return c;
    }

    // ---- offering and taking transitions

    /** The transitions the user may take on the issue now: the permission, then every configured condition. */
    public List<Transition> available(Issue issue) {
        List<Transition> offered = new ArrayList<>();
        if (!jira.hasPermission(TRANSITION_ISSUES, issue, jira.getLoggedInUser())) {
            return offered;
        }
        String current = issue.getStatus().getName();
        for (Transition t : TRANSITIONS) {
            if (!t.to().equals(current) && conditionsPass(issue, t)) {
                offered.add(t);
            }
        }
        return offered;
    }

    private boolean conditionsPass(Issue issue, Transition t) {
        for (Rule rule : rules(t.id(), "workflow-condition")) {
            PluginDescriptor.WorkflowModule module = module(rule.moduleKey()).orElseThrow();
            try {
                Condition condition = (Condition) plugin.instantiate(Class.forName(module.functionClass()));
                if (!condition.passesCondition(transientVars(issue, t), new HashMap<>(rule.args()), null)) {
                    return false;
                }
            } catch (WorkflowException | ClassNotFoundException | RuntimeException e) {
                return false; // as Jira: a condition that fails to run does not let the transition be offered
            }
        }
        return true;
    }

    /** Takes a transition as the signed-in user: conditions (as offered), then validators, then the move. */
    public Outcome take(Issue issue, int transitionId) {
        Optional<Transition> found = transition(transitionId);
        String name = found.map(Transition::name).orElse(String.valueOf(transitionId));
        if (found.isEmpty() || available(issue).stream().noneMatch(t -> t.id() == transitionId)) {
            return new Outcome(false, List.of("It seems that you have tried to perform a workflow operation (" + name
                    + ") that is not valid for the current state of this issue (" + issue.getKey() + "). The likely cause is that"
                    + " somebody has changed the issue recently, please look at the issue history for details."));
        }
        Transition t = found.get();
        List<String> errors = new ArrayList<>();
        for (Rule rule : rules(t.id(), "workflow-validator")) {
            PluginDescriptor.WorkflowModule module = module(rule.moduleKey()).orElseThrow();
            try {
                Validator validator = (Validator) plugin.instantiate(Class.forName(module.functionClass()));
                validator.validate(transientVars(issue, t), new HashMap<>(rule.args()), null);
            } catch (InvalidInputException invalid) {
                for (Object message : invalid.getGenericErrors()) {
                    errors.add(String.valueOf(message));
                }
            } catch (WorkflowException | ClassNotFoundException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(false, errors);
        }
        boolean done = "done".equals(status(t.to()).categoryKey());
        setStatus(issue.getKey(), t.to(), done ? Instant.now() : null);
        return new Outcome(true, List.of());
    }

    private static Map<String, Object> transientVars(Issue issue, Transition t) {
        WorkflowDescriptor workflow = new WorkflowDescriptor();
        for (Transition each : TRANSITIONS) {
            ActionDescriptor action = new ActionDescriptor();
            action.setId(each.id());
            action.setName(each.name());
            workflow.addGlobalAction(action);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("issue", issue);
        vars.put("descriptor", workflow);
        vars.put("actionId", t.id());
        return vars;
    }

    private static String encode(Map<String, String> args) {
        StringBuilder b = new StringBuilder();
        args.forEach((k, v) -> b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return b.toString();
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> args = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                args.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return args;
    }
}
