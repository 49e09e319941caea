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
                        @QueryParam("quotesPerItem") String quotesPerItem, @QueryParam("showCoverage") String showCoverage) {
        Map<String, String> params = new HashMap<>();
        put(params, "persona", persona);
        put(params, "layout", layout);
        put(params, "projects", projects);
        put(params, "quotesPerItem", quotesPerItem);
        put(params, "showCoverage", showCoverage);
        String html = new EmpathyMapMacro(jira, lastGood, views, accessMode).render(params, false);
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
