package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.IssueEvidenceService;
import com.empathyevidence.app.LinkService;
import com.empathyevidence.jira.EvidencePanelContext;
import com.empathyevidence.view.Texts;
import java.net.URI;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The evidence behind a Jira issue, and its links. Reads check browse permission on the issue and on each owning
 * project; links need edit permission on the issue.
 */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueEvidenceResource {

    private final IssueEvidenceService service;
    private final LinkService links;
    private final Texts texts;
    private final EvidencePanelContext panel;

    @Inject
    public IssueEvidenceResource(IssueEvidenceService service, LinkService links, Texts texts, EvidencePanelContext panel) {
        this.service = service;
        this.links = links;
        this.texts = texts;
        this.panel = panel;
    }

    /**
     * The evidence panel's HTML for the issue, as the web panel renders it (same context, same template, same escaping):
     * the panel's script swaps it in after every change. Browse permission on the issue is checked as for the panel.
     */
    @GET
    @Path("{issueKey}/panel")
    @LicensedOnly
    @ApiDoc(body = Json.PanelJson.class, errors = {404})
    public Response panel(@PathParam("issueKey") String issueKey,
                          @jakarta.ws.rs.QueryParam("all") @jakarta.ws.rs.DefaultValue("") String all) {
        return Responses.run(texts, () -> {
            // "Show all N": ?all=supports,contradicts lists every row of those relations (unknown names are ignored)
            java.util.Set<String> expanded = new java.util.HashSet<>();
            for (String relation : all.split(",")) {
                expanded.add(relation.trim().toLowerCase(java.util.Locale.ROOT));
            }
            Json.PanelJson body = new Json.PanelJson();
            body.html = panel.render(issueKey, expanded);
            return Response.ok(body).header("Cache-Control", "no-store").build();
        });
    }

    @GET
    @Path("{issueKey}/evidence")
    @LicensedOnly
    @ApiDoc(body = IssueEvidenceJson.class, errors = {404})
    public Response evidence(@PathParam("issueKey") String issueKey) {
        return Responses.run(texts, () -> Response.ok(IssueEvidenceJson.of(service.forIssue(issueKey))).build());
    }

    @POST
    @Path("{issueKey}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.LinkJson.class, errors = {400, 403, 404, 409})
    public Response link(@PathParam("issueKey") String issueKey, Json.LinkInput input) {
        Json.LinkInput in = input == null ? new Json.LinkInput() : input;
        return Responses.run(texts, () -> {
            com.empathyevidence.domain.Validator v = new com.empathyevidence.domain.Validator();
            Ids.body(v, "evidenceId", in.evidenceId);
            Ids.body(v, "mapItemId", in.mapItemId);
            v.check();
            Json.LinkJson link = Json.LinkJson.of(links.link(issueKey, in.evidenceId, in.mapItemId, in.relation, in.note));
            return Response.created(URI.create("issues/" + link.issueKey + "/links/" + link.targetType + "/" + link.targetId)).entity(link).build();
        });
    }

    @PUT
    @Path("{issueKey}/links/{type}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.LinkJson.class, errors = {400, 403, 404})
    public Response relink(@PathParam("issueKey") String issueKey, @PathParam("type") String type, @PathParam("id") long id,
                           Json.RelationInput input) {
        return Responses.run(texts, () -> Response.ok(Json.LinkJson.of(links.relink(issueKey, type, id, input == null ? null : input.relation))).build());
    }

    /**
     * Unlinks. The answer holds the link as it was and a {@code restoreToken}: {@code POST links/restore} with it puts
     * back exactly that link (relation, note, who linked it and when), for a day.
     */
    @DELETE
    @Path("{issueKey}/links/{type}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.UnlinkedJson.class, errors = {403, 404})
    public Response unlink(@PathParam("issueKey") String issueKey, @PathParam("type") String type, @PathParam("id") long id) {
        return Responses.run(texts, () -> links.unlink(issueKey, type, id)
                .map(u -> Response.ok(Json.UnlinkedJson.of(u.link(), u.restoreToken())).build())
                .orElseGet(() -> Responses.error(404, texts.get("empathy.error.linkNotFound", issueKey))));
    }

    /** Undo of an unlink: the token from the unlink answer puts back exactly the link removed; needs edit permission on the issue. */
    @POST
    @Path("{issueKey}/links/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.LinkJson.class, errors = {400, 403, 404, 409})
    public Response restore(@PathParam("issueKey") String issueKey, Json.RestoreInput input) {
        Json.RestoreInput in = input == null ? new Json.RestoreInput() : input;
        return Responses.run(texts, () -> {
            Json.LinkJson link = Json.LinkJson.of(links.restore(issueKey, in.restoreToken));
            return Response.created(URI.create("issues/" + link.issueKey + "/links/" + link.targetType + "/" + link.targetId)).entity(link).build();
        });
    }

    /**
     * Adds evidence from the issue: creates it and links it to the issue in one transaction (both or neither). Send an
     * {@code idempotencyKey} (8 to 64 letters, digits, - or _; one per thing typed) and a retry of the same request
     * makes no second copy: it answers what the first request made, 201 again with {@code replayed} true, on any node.
     */
    @POST
    @Path("{issueKey}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.AddedEvidenceJson.class, errors = {403, 404})
    public Response addEvidence(@PathParam("issueKey") String issueKey, Json.AddEvidenceInput input) {
        Json.AddEvidenceInput in = input == null ? new Json.AddEvidenceInput() : input;
        return Responses.run(texts, () -> {
            LinkService.Added added = links.addEvidence(issueKey, EvidenceResource.form(in), in.relation, in.note, in.idempotencyKey);
            Json.AddedEvidenceJson body = Json.AddedEvidenceJson.of(added);
            // a retry gets the first answer again, status and all; only replayed says it is one
            return Response.created(URI.create("evidence/" + body.evidence.id)).entity(body).build();
        });
    }
}
