package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.jira.EvidenceHealthContext;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The evidence health page of a project, one page at a time, as the project page's script asks for it: the page's
 * HTML from the same template as the web panel. Browse permission on the project is checked (a project the caller may
 * not browse answers 404 like a missing one), and the host's search lists and counts only issues the caller may browse.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectHealthResource {

    /** The page's HTML and the JQL that asks the same question. */
    public static class HealthJson {
        @ApiField(example = "<section class=\"empathy-health\">…</section>")
        public String html;
        @ApiField(example = "project = DEMO AND issue.property[empathy.evidence].staleCount > 0 ORDER BY issue.property[empathy.evidence].strength ASC, key ASC")
        public String jql;
    }

    private final EvidenceHealthContext page;
    private final Texts texts;

    @Inject
    public ProjectHealthResource(EvidenceHealthContext page, Texts texts) {
        this.page = page;
        this.texts = texts;
    }

    @GET
    @Path("{projectKey}/health")
    @LicensedOnly
    @ApiDoc(body = HealthJson.class, errors = {404})
    public Response health(@PathParam("projectKey") String projectKey, @QueryParam("filter") String filter, @QueryParam("sort") String sort,
                           @QueryParam("order") String order, @QueryParam("start") String start) {
        return Responses.run(texts, () -> {
            EvidenceHealth.Query query = EvidenceHealth.Query.of(projectKey, filter, sort, order, start);
            HealthJson body = new HealthJson();
            body.html = page.render(query);
            body.jql = new EvidenceHealth.Query(projectKey.trim().toUpperCase(java.util.Locale.ROOT), query.filter(), query.sort(),
                    query.descending(), query.start()).jql();
            return Response.ok(body).header("Cache-Control", "no-store").build();
        });
    }
}
