package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.sal.api.message.I18nResolver;
import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.WorkbenchWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * Jira's workflow as the workbench plays it ({@link WorkbenchWorkflow}): taking a transition from the issue page
 * ({@code POST /secure/WorkflowUIDispatcher.jspa}), Jira's REST resource for transitions
 * ({@code GET/POST /rest/api/2/issue/{key}/transitions}), and the administrator's transition pages, where conditions
 * and validators from the plugin's workflow modules are added, edited and removed through each module's own
 * configuration screens ({@code /secure/admin/workflows/...}).
 */
final class WorkflowServlet extends HttpServlet {

    static final String DISPATCHER = "/secure/WorkflowUIDispatcher.jspa";
    static final String ADMIN = "/secure/admin/workflows/";
    static final String VIEW = ADMIN + "ViewWorkflowTransition.jspa";
    static final String ADD = ADMIN + "AddWorkflowTransitionFunction.jspa";
    static final String ADD_PARAMS = ADMIN + "AddWorkflowTransitionFunctionParams.jspa";
    static final String EDIT_PARAMS = ADMIN + "EditWorkflowTransitionFunctionParams.jspa";
    static final String DELETE = ADMIN + "DeleteWorkflowTransitionFunction.jspa";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final DemoJira jira;
    private final Chrome chrome;
    private final PagesServlet pages;
    private final I18nResolver i18n;
    private final ObjectMapper json = new ObjectMapper();

    private WorkflowServlet(DemoJira jira, Chrome chrome, PagesServlet pages, I18nResolver i18n) {
        this.jira = jira;
        this.chrome = chrome;
        this.pages = pages;
        this.i18n = i18n;
    }

    /** Adds the workflow's pages and REST resource to the workbench (when a workflow is played). */
    static void install(ServletContextHandler context, DemoJira jira, Chrome chrome, PagesServlet pages, I18nResolver i18n,
                        FilterHolder crossSite) {
        ServletHolder holder = new ServletHolder(new WorkflowServlet(jira, chrome, pages, i18n));
        context.addServlet(holder, DISPATCHER);
        context.addServlet(holder, ADMIN + "*");
        context.addServlet(holder, "/rest/api/2/issue/*");
        context.addFilter(crossSite, DISPATCHER, java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addFilter(crossSite, ADMIN + "*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
    }

    // ---- the issue page's parts

    /** The status as Jira shows it: a lozenge coloured by its category. */
    static String statusLozenge(Issue issue) {
        String name = issue.getStatus().getName();
        return "<span class=\"wb-status cat-" + esc(WorkbenchWorkflow.status(name).categoryKey()) + "\" id=\"status-val\">" + esc(name) + "</span>";
    }

    static String resolvedDetail(Issue issue) {
        java.sql.Timestamp resolved = issue.getResolutionDate();
        return resolved == null ? "" : "<dt>Resolved:</dt><dd id=\"resolutiondate-val\">"
                + esc(DAY.format(resolved.toInstant().atZone(ZoneId.systemDefault()))) + "</dd>";
    }

    /** The transitions the signed-in user may take now, as buttons, and what stopped the last one tried. */
    static String transitionsBar(DemoJira jira, Issue issue, List<String> errors) {
        WorkbenchWorkflow workflow = jira.workflow();
        StringBuilder b = new StringBuilder();
        if (!errors.isEmpty()) {
            b.append("<div class=\"aui-message aui-message-error\" id=\"transition-errors\" role=\"alert\">");
            for (String error : errors) {
                b.append("<p>").append(esc(error)).append("</p>");
            }
            b.append("</div>");
        }
        if (workflow == null) {
            return b.toString();
        }
        List<WorkbenchWorkflow.Transition> offered;
        try {
            offered = workflow.available(issue);
        } catch (RuntimeException databaseGone) {
            return b.toString(); // the workflow lives in the database: no transitions while it cannot be reached
        }
        if (offered.isEmpty()) {
            return b.toString();
        }
        b.append("<div class=\"wb-transitions\" id=\"opsbar-transitions\" role=\"group\" aria-label=\"Workflow\">");
        for (WorkbenchWorkflow.Transition t : offered) {
            b.append("<form method=\"post\" action=\"").append(DISPATCHER).append("\">")
                    .append("<input type=\"hidden\" name=\"key\" value=\"").append(esc(issue.getKey())).append("\">")
                    .append("<input type=\"hidden\" name=\"action\" value=\"").append(t.id()).append("\">")
                    .append("<button type=\"submit\" class=\"aui-button\" id=\"action_id_").append(t.id()).append("\">")
                    .append(esc(t.name())).append("</button></form>");
        }
        return b.append("</div>").toString();
    }

    // ---- requests

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/rest/api/2/issue/")) {
            restGet(path, response);
            return;
        }
        if (!admin(request, response)) {
            return;
        }
        switch (path) {
            case VIEW -> viewTransition(request, response);
            case ADD -> chooseModule(request, response);
            case ADD_PARAMS -> paramsPage(request, response, null);
            case EDIT_PARAMS -> {
                Optional<WorkbenchWorkflow.Rule> rule = rule(request);
                if (rule.isEmpty()) {
                    response.sendError(404);
                } else {
                    paramsPage(request, response, rule.get());
                }
            }
            default -> response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/rest/api/2/issue/")) {
            restPost(path, request, response);
            return;
        }
        if (path.equals(DISPATCHER)) {
            dispatch(request, response);
            return;
        }
        if (!admin(request, response)) {
            return;
        }
        WorkbenchWorkflow workflow = jira.workflow();
        switch (path) {
            case ADD_PARAMS -> {
                Optional<WorkbenchWorkflow.Transition> t = transition(request);
                Optional<PluginDescriptor.WorkflowModule> module = workflow.module(String.valueOf(request.getParameter("pluginModuleKey")));
                if (t.isEmpty() || module.isEmpty()) {
                    response.sendError(404);
                    return;
                }
                workflow.addRule(t.get().id(), module.get(), form(request));
                response.sendRedirect(VIEW + "?workflowTransition=" + t.get().id());
            }
            case EDIT_PARAMS -> {
                Optional<WorkbenchWorkflow.Rule> rule = rule(request);
                if (rule.isEmpty()) {
                    response.sendError(404);
                    return;
                }
                workflow.updateRule(rule.get(), form(request));
                response.sendRedirect(VIEW + "?workflowTransition=" + rule.get().transitionId());
            }
            case DELETE -> {
                Optional<WorkbenchWorkflow.Rule> rule = rule(request);
                if (rule.isEmpty()) {
                    response.sendError(404);
                    return;
                }
                workflow.deleteRule(rule.get().id());
                response.sendRedirect(VIEW + "?workflowTransition=" + rule.get().transitionId());
            }
            default -> response.sendError(404);
        }
    }

    /** The issue page's transition buttons: done, back to the issue; stopped, the issue page with the messages (400). */
    private void dispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CurrentUser.get().isEmpty()) {
            response.sendRedirect("/login");
            return;
        }
        Issue issue = visible(request.getParameter("key"));
        if (issue == null) {
            response.sendError(404);
            return;
        }
        int action;
        try {
            action = Integer.parseInt(String.valueOf(request.getParameter("action")));
        } catch (NumberFormatException e) {
            action = -1;
        }
        WorkbenchWorkflow.Outcome outcome = jira.workflow().take(issue, action);
        if (outcome.done()) {
            response.sendRedirect("/browse/" + URLEncoder.encode(issue.getKey(), StandardCharsets.UTF_8));
            return;
        }
        response.setStatus(400);
        response.setContentType("text/html;charset=UTF-8");
        pages.issuePage(issue.getKey(), "/browse/" + issue.getKey(), response, outcome.errors());
    }

    private Issue visible(String key) {
        Issue issue = key == null ? null : jira.getIssueObject(key);
        return issue != null && jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, jira.getLoggedInUser()) ? issue : null;
    }

    // ---- Jira's REST resource for transitions

    /** The issue key of {@code /rest/api/2/issue/{key}/transitions}, or null for any other path. */
    private static String restKey(String path) {
        String rest = path.substring("/rest/api/2/issue/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && rest.substring(slash).equals("/transitions") ? rest.substring(0, slash) : null;
    }

    private void restGet(String path, HttpServletResponse response) throws IOException {
        String key = restKey(path);
        if (key == null) {
            restError(response, 404, "Not found.");
            return;
        }
        if (CurrentUser.get().isEmpty()) {
            restError(response, 401, "You are not authenticated. Authentication required to perform this operation.");
            return;
        }
        Issue issue = visible(key);
        if (issue == null) {
            restError(response, 404, "Issue does not exist or you do not have permission to see it.");
            return;
        }
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("transitions");
        for (WorkbenchWorkflow.Transition t : jira.workflow().available(issue)) {
            ObjectNode item = list.addObject();
            item.put("id", String.valueOf(t.id()));
            item.put("name", t.name());
            ObjectNode to = item.putObject("to");
            WorkbenchWorkflow.StatusDef status = WorkbenchWorkflow.status(t.to());
            to.put("name", status.name());
            ObjectNode category = to.putObject("statusCategory");
            category.put("key", status.categoryKey());
            category.put("name", status.categoryName());
        }
        ObjectNode current = body.putObject("status");
        WorkbenchWorkflow.StatusDef status = WorkbenchWorkflow.status(issue.getStatus().getName());
        current.put("name", status.name());
        current.putObject("statusCategory").put("key", status.categoryKey()).put("name", status.categoryName());
        body.put("resolutiondate", issue.getResolutionDate() == null ? null : issue.getResolutionDate().toInstant().toString());
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private void restPost(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = restKey(path);
        if (key == null) {
            restError(response, 404, "Not found.");
            return;
        }
        if (CurrentUser.get().isEmpty()) {
            restError(response, 401, "You are not authenticated. Authentication required to perform this operation.");
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            restError(response, 415, "Unsupported media type: send the transition as application/json.");
            return;
        }
        Issue issue = visible(key);
        if (issue == null) {
            restError(response, 404, "Issue does not exist or you do not have permission to see it.");
            return;
        }
        int id;
        try {
            JsonNode body = json.readTree(request.getInputStream());
            id = Integer.parseInt(body.path("transition").path("id").asText());
        } catch (IOException | NumberFormatException | NullPointerException e) {
            restError(response, 400, "Can't move (" + issue.getKey() + "). You might not have permission, or the issue is missing required information.");
            return;
        }
        WorkbenchWorkflow.Outcome outcome = jira.workflow().take(issue, id);
        if (outcome.done()) {
            response.setStatus(204);
            return;
        }
        ObjectNode error = json.createObjectNode();
        ArrayNode messages = error.putArray("errorMessages");
        outcome.errors().forEach(messages::add);
        error.putObject("errors");
        response.setStatus(400);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }

    private void restError(HttpServletResponse response, int status, String message) throws IOException {
        ObjectNode error = json.createObjectNode();
        error.putArray("errorMessages").add(message);
        error.putObject("errors");
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }

    // ---- administration: a transition's conditions and validators

    private boolean admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CurrentUser.get().isEmpty()) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return false;
        }
        if (!CurrentUser.get().get().admin()) {
            response.setStatus(403);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(chrome.page("jira", "Permission Violation", request.getRequestURI(), "",
                    "<main class=\"wb-page\" id=\"main\"><h1>Permission Violation</h1><p id=\"permission-violation\">It seems that you have "
                            + "tried to perform an operation which you are not permitted to perform.</p></main>"));
            return false;
        }
        return true;
    }

    private Optional<WorkbenchWorkflow.Transition> transition(HttpServletRequest request) {
        try {
            return WorkbenchWorkflow.transition(Integer.parseInt(String.valueOf(request.getParameter("workflowTransition"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<WorkbenchWorkflow.Rule> rule(HttpServletRequest request) {
        try {
            return jira.workflow().rule(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The configuration form's fields as Jira hands them to a factory: name to String[], without the page's own fields. */
    private static Map<String, Object> form(HttpServletRequest request) {
        Map<String, Object> form = new LinkedHashMap<>(request.getParameterMap());
        form.remove("workflowTransition");
        form.remove("pluginModuleKey");
        form.remove("id");
        return form;
    }

    private String moduleName(PluginDescriptor.WorkflowModule module) {
        String name = module.nameKey().isEmpty() ? module.name() : i18n.getText(module.nameKey());
        return name == null || name.equals(module.nameKey()) ? module.name() : name;
    }

    private void page(HttpServletResponse response, String title, String path, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(chrome.page("jira", title, path, "",
                "<main class=\"wb-page wb-workflow-page\" id=\"main\"><nav class=\"wb-admin-nav\" aria-label=\"Administration\"><a href=\"" + VIEW
                        + "\">Administration: Workflows</a></nav>" + body + "</main>"));
    }

    private void viewTransition(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WorkbenchWorkflow workflow = jira.workflow();
        Optional<WorkbenchWorkflow.Transition> chosen = transition(request);
        if (chosen.isEmpty()) {
            StringBuilder b = new StringBuilder("<h1>Workflow: Workbench simplified workflow</h1>")
                    .append("<p>Every project uses this workflow. Each transition leads to its status from every other status.</p>")
                    .append("<table class=\"wb-workflow-table\"><caption class=\"wb-muted\">Transitions</caption><thead><tr><th scope=\"col\">Transition</th>")
                    .append("<th scope=\"col\">To status</th><th scope=\"col\">Conditions</th><th scope=\"col\">Validators</th></tr></thead><tbody>");
            for (WorkbenchWorkflow.Transition t : WorkbenchWorkflow.TRANSITIONS) {
                b.append("<tr><td><a id=\"transition-").append(t.id()).append("\" href=\"").append(VIEW).append("?workflowTransition=").append(t.id())
                        .append("\">").append(esc(t.name())).append("</a></td><td>").append(esc(t.to())).append("</td><td>")
                        .append(workflow.rules(t.id(), "workflow-condition").size()).append("</td><td>")
                        .append(workflow.rules(t.id(), "workflow-validator").size()).append("</td></tr>");
            }
            page(response, "Workflow", request.getRequestURI(), b.append("</tbody></table>").toString());
            return;
        }
        WorkbenchWorkflow.Transition t = chosen.get();
        StringBuilder b = new StringBuilder("<h1>Transition: ").append(esc(t.name())).append("</h1>")
                .append("<p>Leads to <strong>").append(esc(t.to())).append("</strong>. <a href=\"").append(VIEW).append("\">All transitions</a></p>");
        for (String[] type : new String[][] {{"workflow-condition", "Conditions", "condition"}, {"workflow-validator", "Validators", "validator"}}) {
            b.append("<section class=\"wb-workflow-").append(type[2]).append("s\"><h2>").append(type[1]).append("</h2>");
            List<WorkbenchWorkflow.Rule> rules = workflow.rules(t.id(), type[0]);
            if (rules.isEmpty()) {
                b.append("<p class=\"wb-muted\">None.</p>");
            } else {
                b.append("<ul class=\"wb-list\">");
                for (WorkbenchWorkflow.Rule rule : rules) {
                    PluginDescriptor.WorkflowModule module = workflow.module(rule.moduleKey()).orElseThrow();
                    b.append("<li class=\"wb-workflow-rule\" data-rule-id=\"").append(rule.id()).append("\">")
                            .append(workflow.render(module, "view", rule))
                            .append(" <a href=\"").append(EDIT_PARAMS).append("?id=").append(rule.id()).append("\">Edit<span class=\"assistive\"> ")
                            .append(esc(moduleName(module))).append("</span></a>")
                            .append("<form method=\"post\" action=\"").append(DELETE).append("\" class=\"wb-inline-form\">")
                            .append("<input type=\"hidden\" name=\"id\" value=\"").append(rule.id()).append("\">")
                            .append("<button type=\"submit\" class=\"aui-button aui-button-link\">Delete<span class=\"assistive\"> ")
                            .append(esc(moduleName(module))).append("</span></button></form></li>");
                }
                b.append("</ul>");
            }
            b.append("<p><a class=\"aui-button\" id=\"add-").append(type[2]).append("\" href=\"").append(ADD).append("?workflowTransition=")
                    .append(t.id()).append("&amp;type=").append(type[0]).append("\">Add ").append(type[2]).append("</a></p></section>");
        }
        page(response, "Transition: " + t.name(), request.getRequestURI(), b.toString());
    }

    private void chooseModule(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WorkbenchWorkflow.Transition> t = transition(request);
        String type = String.valueOf(request.getParameter("type"));
        if (t.isEmpty() || !(type.equals("workflow-condition") || type.equals("workflow-validator"))) {
            response.sendError(404);
            return;
        }
        String kind = type.equals("workflow-condition") ? "condition" : "validator";
        StringBuilder b = new StringBuilder("<h1>Add ").append(kind).append(" to transition: ").append(esc(t.get().name())).append("</h1>")
                .append("<form class=\"aui\" method=\"get\" action=\"").append(ADD_PARAMS).append("\">")
                .append("<input type=\"hidden\" name=\"workflowTransition\" value=\"").append(t.get().id()).append("\">")
                .append("<fieldset><legend>Choose the ").append(kind).append("</legend>");
        boolean first = true;
        for (PluginDescriptor.WorkflowModule module : jira.workflow().modules(type)) {
            String id = "module-" + module.key();
            b.append("<div class=\"radio\"><input type=\"radio\" name=\"pluginModuleKey\" id=\"").append(esc(id)).append("\" value=\"")
                    .append(esc(module.key())).append("\"").append(first ? " checked" : "").append("><label for=\"").append(esc(id)).append("\">")
                    .append(esc(moduleName(module))).append("</label>");
            if (!module.descriptionKey().isEmpty()) {
                b.append("<div class=\"description\">").append(esc(i18n.getText(module.descriptionKey()))).append("</div>");
            }
            b.append("</div>");
            first = false;
        }
        b.append("</fieldset><div class=\"buttons\"><button type=\"submit\" class=\"aui-button\" id=\"add-submit\">Add</button> <a href=\"")
                .append(VIEW).append("?workflowTransition=").append(t.get().id()).append("\">Cancel</a></div></form>");
        page(response, "Add " + kind, request.getRequestURI(), b.toString());
    }

    /** The module's input-parameters (adding) or edit-parameters (editing) screen inside the host's form, as Jira renders it. */
    private void paramsPage(HttpServletRequest request, HttpServletResponse response, WorkbenchWorkflow.Rule rule) throws IOException {
        WorkbenchWorkflow workflow = jira.workflow();
        Optional<WorkbenchWorkflow.Transition> t = rule == null ? transition(request) : WorkbenchWorkflow.transition(rule.transitionId());
        Optional<PluginDescriptor.WorkflowModule> module = workflow.module(rule == null ? String.valueOf(request.getParameter("pluginModuleKey")) : rule.moduleKey());
        if (t.isEmpty() || module.isEmpty()) {
            response.sendError(404);
            return;
        }
        String kind = module.get().type().equals("workflow-condition") ? "condition" : "validator";
        String title = (rule == null ? "Add parameters to " : "Edit parameters of ") + moduleName(module.get());
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1>")
                .append("<p>Transition: ").append(esc(t.get().name())).append(" (").append(kind).append(")</p>")
                .append("<form class=\"aui\" method=\"post\" id=\"workflow-params-form\" action=\"").append(rule == null ? ADD_PARAMS : EDIT_PARAMS).append("\">")
                .append(rule == null ? "<input type=\"hidden\" name=\"workflowTransition\" value=\"" + t.get().id() + "\">"
                        + "<input type=\"hidden\" name=\"pluginModuleKey\" value=\"" + esc(module.get().key()) + "\">"
                        : "<input type=\"hidden\" name=\"id\" value=\"" + rule.id() + "\">")
                .append(workflow.render(module.get(), rule == null ? "input-parameters" : "edit-parameters", rule))
                .append("<div class=\"buttons\"><button type=\"submit\" class=\"aui-button\" id=\"workflow-params-submit\">")
                .append(rule == null ? "Add" : "Update").append("</button> <a href=\"").append(VIEW).append("?workflowTransition=")
                .append(t.get().id()).append("\">Cancel</a></div></form>");
        page(response, title, request.getRequestURI(), b.toString());
    }
}
