package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.IssueEvidenceService;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.Texts;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The evidence behind a Jira issue. Reads check browse permission on the issue and on each owning project. */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueEvidenceResource {

    private final IssueEvidenceService service;
    private final Texts texts;

    @Inject
    public IssueEvidenceResource(IssueEvidenceService service, Texts texts) {
        this.service = service;
        this.texts = texts;
    }

    @GET
    @Path("{issueKey}/evidence")
    @LicensedOnly
    public Response evidence(@PathParam("issueKey") String issueKey) {
        try {
            return Response.ok(IssueEvidenceJson.of(service.forIssue(issueKey))).build();
        } catch (Problem problem) {
            return Responses.problem(problem, texts);
        }
    }
}
