package com.empathyevidence.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.net.Request;
import com.empathyevidence.confluence.EmpathyMapMacro;
import com.empathyevidence.confluence.JiraMapClient;
import com.empathyevidence.confluence.LastGoodMaps;
import com.empathyevidence.confluence.MapUnavailable;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.ProjectFilter;
import com.empathyevidence.rest.ErrorJson;
import com.empathyevidence.view.ViewRenderer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Confluence's side of writing from the empathy map ({@code /rest/empathy-map/1.0}, a REST module restricted to
 * Confluence): forwards exactly the map's three writes — add a map item, attach evidence to an item, re-confirm a
 * piece of evidence — plus the evidence search the attach dialog needs, to Jira's REST API over the primary Jira
 * Application Link as the viewing user. Jira decides: its status and body come back unchanged, so its permission
 * checks and field errors reach the form. Only the fields each write takes are forwarded. After a write succeeds the
 * viewer's cached copy of the map is dropped; {@code GET /map} renders the macro again (same code path, live page) for
 * the script to swap in.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MapActionsResource {

    private final JiraMapClient jira;
    private final LastGoodMaps lastGood;
    private final ViewRenderer views;
    private final ObjectMapper json = new ObjectMapper();
    private final com.empathyevidence.app.HostAccessMode accessMode;

    @Inject
    public MapActionsResource(JiraMapClient jira, LastGoodMaps lastGood, ViewRenderer views, com.empathyevidence.app.HostAccessMode accessMode) {
        this.jira = jira;
        this.lastGood = lastGood;
        this.views = views;
        this.accessMode = accessMode;
    }

    /** Without a host access mode (unit tests): never read-only. */
    public MapActionsResource(JiraMapClient jira, LastGoodMaps lastGood, ViewRenderer views) {
        this(jira, lastGood, views, null);
    }

    /** Adds a map item: {@code {section, statement}} to Jira's {@code POST /personas/{key}/items}. */
    @POST
    @Path("personas/{personaKey}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response addItem(@PathParam("personaKey") String personaKey, @QueryParam("projects") String projects, String body) {
        return write("/personas/" + segment(personaKey) + "/items", body, List.of("section", "statement"), personaKey, projects);
    }

    /** Attaches evidence to a map item: {@code {evidenceId}} to Jira's {@code POST /personas/items/{id}/evidence}. */
    @POST
    @Path("items/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response attach(@PathParam("id") long id, @QueryParam("persona") String persona, @QueryParam("projects") String projects,
                           String body) {
        return write("/personas/items/" + id + "/evidence", body, List.of("evidenceId"), persona, projects);
    }

    /** Re-confirms evidence: {@code {confirmedOn?, note}} to Jira's {@code POST /evidence/{id}/reconfirmations}. */
    @POST
    @Path("evidence/{id}/reconfirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response reconfirm(@PathParam("id") long id, @QueryParam("persona") String persona, @QueryParam("projects") String projects,
                              String body) {
        return write("/evidence/" + id + "/reconfirmations", body, List.of("confirmedOn", "note"), persona, projects);
    }

    /**
     * validation (issue 17): creates a validation task for an assumption — {@code {summary, project, issueType}} — as
     * the viewer: the issue through Jira's own {@code POST /rest/api/2/issue} (Jira checks Create issues and its fields),
     * then its ADDRESSES link to the map item through {@code POST /rest/empathy/1.0/validation-tasks}. Answers 201
     * {@code {issueKey}}; a refusal comes back in the one error body, in plain words, naming the field.
     */
    @POST
    @Path("items/{id}/validation-tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response createValidationTask(@PathParam("id") long id, @QueryParam("persona") String persona,
                                         @QueryParam("projects") String projects, String body) {
        String summary;
        String project;
        String issueType;
        try {
            JsonNode in = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
            if (!in.isObject()) {
                return error(400, views.texts().get("empathy.map.rest.badBody"));
            }
            summary = in.path("summary").isTextual() ? in.get("summary").asText().strip() : null;
            project = in.path("project").isTextual() ? in.get("project").asText().trim() : null;
            issueType = in.path("issueType").isTextual() ? in.get("issueType").asText().trim() : null;
        } catch (JsonProcessingException e) {
            return error(400, views.texts().get("empathy.map.rest.badBody"));
        }
        java.util.List<com.empathyevidence.domain.FieldError> problems = new java.util.ArrayList<>();
        try {
            com.empathyevidence.domain.ValidationTask.checkSummary(summary);
        } catch (Problem problem) {
            problems.addAll(problem.fieldErrors());
        }
        com.empathyevidence.domain.Validator v = new com.empathyevidence.domain.Validator();
        v.pattern("project", project, com.empathyevidence.domain.Limits.PROJECT_KEY, 20, "empathy.validation.projectKey");
        v.text("issueType", issueType, 60);
        problems.addAll(v.errors());
        if (!problems.isEmpty()) {
            ErrorJson invalid = ErrorJson.of(400, views.texts().get("empathy.map.validation.fix"));
            for (com.empathyevidence.domain.FieldError e : problems) {
                invalid.fieldErrors.add(fieldError(e.field(), views.texts().get(e.messageKey(), e.args())));
            }
            return error(400, invalid);
        }
        try {
            if (id < 1 || id > Integer.MAX_VALUE) {
                // no map item has this id: Jira's own answer for it (404), as for the map's other writes on an item
                return passThrough(jira.forward(Request.MethodType.GET, "/personas/items/" + id, null));
            }
            // Jira checks the item first, as the viewer (may link, exists, an assumption): a refusal leaves no issue behind
            ObjectNode check = json.createObjectNode();
            check.put("mapItemId", id);
            check.put("dryRun", true);
            JiraMapClient.Forwarded item = jira.forward(Request.MethodType.POST, "/validation-tasks", json.writeValueAsString(check));
            if (item.status() != 204) {
                return passThrough(item);
            }
            ObjectNode fields = json.createObjectNode();
            fields.putObject("project").put("key", project);
            fields.putObject("issuetype").put("name", issueType);
            fields.put("summary", summary);
            ObjectNode create = json.createObjectNode();
            create.set("fields", fields);
            JiraMapClient.Forwarded created = jira.forwardToJira(Request.MethodType.POST, "/rest/api/2/issue", json.writeValueAsString(create));
            if (created.status() != 201) {
                return createRefused(created, project, issueType);
            }
            String key = json.readTree(created.body()).path("key").asText("");
            ObjectNode link = json.createObjectNode();
            link.put("mapItemId", id);
            link.put("issueKey", key);
            JiraMapClient.Forwarded linked = jira.forward(Request.MethodType.POST, "/validation-tasks", json.writeValueAsString(link));
            if (linked.status() < 200 || linked.status() >= 300) {
                // the issue exists: say so, so nobody creates it twice, and how to link it by hand
                return error(linked.status() >= 500 ? 502 : linked.status(),
                        views.texts().get("empathy.map.validation.notLinked", key, jiraMessage(linked.body())));
            }
            forgetCachedMap(persona, projects);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                    .entity(Map.of("issueKey", key)).build();
        } catch (MapUnavailable unavailable) {
            return unavailable(unavailable);
        } catch (JsonProcessingException | RuntimeException unreadable) {
            return error(503, views.texts().get("empathy.map.rest.jira_unreachable"));
        }
    }

    /**
     * Jira's refusal of the new issue ({@code {errorMessages, errors}}), said in plain words: the summary at its field,
     * an issue type or project that cannot be used named with what to do; Jira's own words kept in each.
     */
    private Response createRefused(JiraMapClient.Forwarded created, String project, String issueType) throws JsonProcessingException {
        if (created.status() == 401) {
            return error(401, views.texts().get("empathy.map.rest.needs_authorisation"));
        }
        if (created.status() != 400 && created.status() != 403 && created.status() != 404) {
            return error(503, views.texts().get("empathy.map.rest.jira_unreachable"));
        }
        JsonNode answer = created.body() == null || created.body().isBlank() ? json.createObjectNode() : json.readTree(created.body());
        ErrorJson refused = ErrorJson.of(created.status(), null);
        java.util.List<String> general = new java.util.ArrayList<>();
        answer.path("errorMessages").forEach(m -> general.add(m.asText()));
        JsonNode errors = answer.path("errors");
        errors.fieldNames().forEachRemaining(field -> {
            String said = errors.get(field).asText();
            switch (field) {
                case "summary" -> refused.fieldErrors.add(fieldError("summary", views.texts().get("empathy.map.validation.jiraSummary", said)));
                case "issuetype" -> general.add(0, views.texts().get("empathy.map.validation.jiraIssueType", issueType, project, said));
                case "project" -> general.add(0, views.texts().get("empathy.map.validation.jiraProject", project, said));
                default -> general.add(said);
            }
        });
        if (created.status() == 403 || (refused.fieldErrors.isEmpty() && !errors.has("issuetype") && !errors.has("project"))) {
            // Jira's general refusal (no Create issues permission, or a project it does not show): what to do about it
            refused.message = views.texts().get("empathy.map.validation.jiraRefused", project, String.join(" ", general));
        } else {
            refused.message = general.isEmpty() ? views.texts().get("empathy.map.validation.fix") : String.join(" ", general);
        }
        return error(created.status() == 404 ? 400 : created.status(), refused);
    }

    /** Jira's message from its error body (ours or its own), or "" when it sent none. */
    private String jiraMessage(String body) {
        try {
            JsonNode answer = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
            if (answer.path("message").isTextual()) {
                return answer.get("message").asText();
            }
            java.util.List<String> said = new java.util.ArrayList<>();
            answer.path("errorMessages").forEach(m -> said.add(m.asText()));
            return String.join(" ", said);
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private static ErrorJson.FieldError fieldError(String field, String message) {
        ErrorJson.FieldError e = new ErrorJson.FieldError();
        e.field = field;
        e.message = message;
        return e;
    }

    private static Response error(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").entity(body).build();
    }

    /** The attach dialog's search: Jira's {@code GET /evidence?q=&persona=&limit=} as the viewer sees it. */
    @GET
    @Path("evidence")
    @LicensedOnly
    public Response search(@QueryParam("q") String q, @QueryParam("persona") String persona, @QueryParam("limit") Integer limit) {
        StringBuilder path = new StringBuilder("/evidence?limit=").append(limit == null ? 20 : Math.max(1, Math.min(50, limit)));
        if (q != null && !q.isBlank()) {
            path.append("&q=").append(URLEncoder.encode(q.trim(), StandardCharsets.UTF_8));
        }
        if (persona != null && !persona.isBlank()) {
            path.append("&persona=").append(URLEncoder.encode(persona.trim(), StandardCharsets.UTF_8));
        }
        try {
            return passThrough(jira.forward(Request.MethodType.GET, path.toString(), null));
        } catch (MapUnavailable unavailable) {
            return unavailable(unavailable);
        }
    }

    /**
     * The macro's HTML for these parameters, rendered by the macro's own code as for a live page: the map's script
     * swaps it in after each write. Jira is asked afresh (as the viewer), so the map shows the write.
     */
    @GET
    @Path("map")
    @LicensedOnly
    public Response map(@QueryParam("persona") String persona, @QueryParam("layout") String layout, @QueryParam("projects") String projects,
                        @QueryParam("quotesPerItem") String quotesPerItem, @QueryParam("showCoverage") String showCoverage,
                        @QueryParam("validationProject") String validationProject, @QueryParam("validationIssueType") String validationIssueType) {
        Map<String, String> params = new HashMap<>();
        put(params, "persona", persona);
        put(params, "layout", layout);
        put(params, "projects", projects);
        put(params, "quotesPerItem", quotesPerItem);
        put(params, "showCoverage", showCoverage);
        put(params, "validationProject", validationProject);
        put(params, "validationIssueType", validationIssueType);
        String html = new EmpathyMapMacro(jira, lastGood, null, views, accessMode).render(params, false);
        return Response.ok(Map.of("html", html)).header("Cache-Control", "no-store").build();
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private Response write(String jiraPath, String body, List<String> fields, String persona, String projects) {
        String forwarded;
        try {
            JsonNode in = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
            if (!in.isObject()) {
                return error(400, views.texts().get("empathy.map.rest.badBody"));
            }
            ObjectNode out = json.createObjectNode();
            for (String field : fields) {
                if (in.has(field)) {
                    out.set(field, in.get(field));
                }
            }
            forwarded = json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            return error(400, views.texts().get("empathy.map.rest.badBody"));
        }
        try {
            JiraMapClient.Forwarded answer = jira.forward(Request.MethodType.POST, jiraPath, forwarded);
            if (answer.status() >= 200 && answer.status() < 300) {
                forgetCachedMap(persona, projects);
            }
            return passThrough(answer);
        } catch (MapUnavailable unavailable) {
            return unavailable(unavailable);
        }
    }

    /** The viewer's cached map would no longer show what they just changed: the next render asks Jira. */
    private void forgetCachedMap(String persona, String projects) {
        if (persona == null || persona.isBlank()) {
            return;
        }
        try {
            lastGood.forget(persona.trim(), ProjectFilter.parse("projects", projects));
        } catch (Problem badProjects) {
            // no such cache key can exist
        }
    }

    private static Response passThrough(JiraMapClient.Forwarded answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header("Cache-Control", "no-store");
        if (answer.body() != null && !answer.body().isEmpty()) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    private Response unavailable(MapUnavailable unavailable) {
        String reason = unavailable.reason().name().toLowerCase(Locale.ROOT);
        return switch (unavailable.reason()) {
            case NEEDS_AUTHORISATION -> error(401, views.texts().get("empathy.map.rest." + reason));
            case NO_JIRA_LINK -> error(503, views.texts().get("empathy.map.rest." + reason));
            default -> error(503, views.texts().get("empathy.map.rest.jira_unreachable"));
        };
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(ErrorJson.of(status, message)).build();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
