package com.empathyevidence.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.net.Request;
import com.empathyevidence.confluence.JiraMapClient;
import com.empathyevidence.confluence.MapUnavailable;
import com.empathyevidence.rest.ErrorJson;
import com.empathyevidence.view.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What the macro editor offers a page author ({@code GET /rest/empathy-map/1.0/macro-options}): the personas and the
 * Jira projects the author may see, each by key and name, asked from Jira over the primary Application Link as the
 * author (Jira's {@code /rest/empathy/1.0/personas} and its own {@code /rest/api/2/project}, which lists only the
 * projects the user may browse), plus the editor's texts. Nothing is cached: the answer is the author's own.
 */
@Path("/macro-options")
@Produces(MediaType.APPLICATION_JSON)
public class MacroOptionsResource {

    /** One choice: a key and the name shown for it. */
    public record Option(String key, String name) {
    }

    /** The editor's choices and texts. */
    public record MacroOptions(List<Option> personas, List<Option> projects, Map<String, String> texts) {
    }

    static final List<String> TEXT_KEYS = List.of("empathy.macroEditor.unavailable", "empathy.macroEditor.choosePersona",
            "empathy.macroEditor.noPersonas", "empathy.macroEditor.unknownPersona");

    private final JiraMapClient jira;
    private final Texts texts;

    @Inject
    public MacroOptionsResource(JiraMapClient jira, Texts texts) {
        this.jira = jira;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    public Response options() {
        try {
            JiraMapClient.Forwarded personas = jira.forward(Request.MethodType.GET, "/personas", null);
            if (personas.status() != 200) {
                return passThrough(personas);
            }
            JiraMapClient.Forwarded projects = jira.forwardToJira(Request.MethodType.GET, "/rest/api/2/project", null);
            if (projects.status() != 200) {
                return passThrough(projects);
            }
            Map<String, String> editorTexts = new LinkedHashMap<>();
            for (String key : TEXT_KEYS) {
                editorTexts.put(key.substring("empathy.macroEditor.".length()), texts.get(key));
            }
            return Response.ok(new MacroOptions(options(personas.body()), options(projects.body()), editorTexts))
                    .header("Cache-Control", "no-store").build();
        } catch (MapUnavailable | IOException unavailable) {
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                    .entity(ErrorJson.of(503, texts.get("empathy.macroEditor.unavailable"))).build();
        }
    }

    private List<Option> options(String body) throws IOException {
        List<Option> options = new ArrayList<>();
        // retired personas come last, their names marked as retired
        jira.keysAndNames(body).forEach(n -> options.add(new Option(n.key(),
                n.retired() ? texts.get("empathy.macroEditor.retired", n.name()) : n.name())));
        return options;
    }

    private static Response passThrough(JiraMapClient.Forwarded answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header("Cache-Control", "no-store");
        if (answer.body() != null && !answer.body().isEmpty()) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }
}
