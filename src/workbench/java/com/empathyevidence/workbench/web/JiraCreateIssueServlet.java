package com.empathyevidence.workbench.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * validation (issue 17): Jira's {@code POST /rest/api/2/issue} (Jira Data Center REST API, "Create issue"), as Jira
 * answers it: {@code fields.project} by {@code key} or {@code id}, {@code fields.issuetype} by {@code name} or
 * {@code id}, {@code fields.summary}; 201 with {@code id}, {@code key} and {@code self}. Every refusal is Jira's error
 * body {@code {errorMessages, errors}}: 401 for an anonymous caller, 415 for a body that is not JSON, 400 for a project
 * the caller cannot see ("The value 'X' does not exist for the field 'project'."), for a caller without Create issues
 * in it (Jira's permission check, which read-only mode also refuses for everyone but administrators), and for each field
 * error under its field name (project, issuetype, summary). Nothing is created unless every check passes.
 */
final class JiraCreateIssueServlet extends HttpServlet {

    static final String PATH = "/rest/api/2/issue";

    private final DemoJira jira;
    private final ObjectMapper json;

    JiraCreateIssueServlet(DemoJira jira, ObjectMapper json) {
        this.jira = jira;
        this.json = json;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CurrentUser.get().isEmpty()) {
            error(response, 401, "You are not authenticated. Authentication required to perform this operation.", Map.of());
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            error(response, 415, "Unsupported Media Type: send the issue as application/json.", Map.of());
            return;
        }
        JsonNode fields;
        try {
            JsonNode body = json.readTree(request.getInputStream());
            fields = body == null ? null : body.get("fields");
        } catch (IOException unreadable) {
            error(response, 400, "Unexpected character in the request body: it is not JSON.", Map.of());
            return;
        }
        if (fields == null || !fields.isObject()) {
            error(response, 400, "The request body has no fields.", Map.of());
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode p = fields.path("project");
        Project project = null;
        if (p.isMissingNode() || p.isNull() || (!p.hasNonNull("key") && !p.hasNonNull("id"))) {
            errors.put("project", "project is required");
        } else {
            String given = p.hasNonNull("key") ? p.get("key").asText() : p.get("id").asText();
            project = p.hasNonNull("key") ? jira.getProjectObjByKey(given)
                    : jira.getProjectObjects().stream().filter(x -> String.valueOf(x.getId()).equals(given)).findFirst().orElse(null);
            if (project == null || !jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, jira.getLoggedInUser())) {
                // a project the caller may not browse is told apart from none at all by nothing
                error(response, 400, "The value '" + given + "' does not exist for the field 'project'.", Map.of());
                return;
            }
            if (!jira.hasPermission(ProjectPermissions.CREATE_ISSUES, project, jira.getLoggedInUser())) {
                error(response, 400, "You do not have permission to create issues in this project.", Map.of());
                return;
            }
        }
        JsonNode t = fields.path("issuetype");
        String issueType = null;
        if (t.isMissingNode() || t.isNull() || (!t.hasNonNull("name") && !t.hasNonNull("id"))) {
            errors.put("issuetype", "issue type is required");
        } else {
            String given = t.hasNonNull("id") ? t.get("id").asText() : t.get("name").asText();
            // as Jira checks it: against the project's issue types (its scheme), not only Jira's list of types
            issueType = project == null ? DemoJira.issueType(given) : DemoJira.issueType(project.getKey(), given);
            if (issueType == null) {
                errors.put("issuetype", "The issue type selected is invalid.");
            }
        }
        JsonNode s = fields.path("summary");
        String summary = s.isTextual() ? s.asText() : null;
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        } else if (summary.indexOf('\n') >= 0 || summary.indexOf('\r') >= 0) {
            errors.put("summary", "The summary is invalid because it contains newline characters.");
        } else if (summary.length() > 255) {
            errors.put("summary", "Summary must be less than 255 characters.");
        }
        if (!errors.isEmpty()) {
            error(response, 400, null, errors);
            return;
        }
        DemoJira.DemoIssue created = jira.createIssue(project.getKey(), issueType, summary.strip(), jira.getLoggedInUser().getUsername());
        if (created == null) {
            error(response, 503, "Jira cannot create issues at the moment.", Map.of());
            return;
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("id", String.valueOf(created.id()));
        answer.put("key", created.key());
        answer.put("self", request.getScheme() + "://" + request.getHeader("Host") + PATH + "/" + created.id());
        response.setStatus(201);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), answer);
    }

    private void error(HttpServletResponse response, int status, String message, Map<String, String> errors) throws IOException {
        ObjectNode body = json.createObjectNode();
        if (message == null) {
            body.putArray("errorMessages");
        } else {
            body.putArray("errorMessages").add(message);
        }
        ObjectNode fields = body.putObject("errors");
        errors.forEach(fields::put);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
