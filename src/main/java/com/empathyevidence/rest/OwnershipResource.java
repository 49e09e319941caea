package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.OwnerService;
import com.empathyevidence.domain.Validator;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Owners of evidence and re-confirmation requests: who keeps a piece fresh and by when, handing pieces over (one
 * transaction), and asking an owner whether a piece is still true (anyone who may browse the piece may ask).
 */
@Path("/ownership")
@Produces(MediaType.APPLICATION_JSON)
public class OwnershipResource {

    private final OwnerService owners;
    private final Texts texts;

    @Inject
    public OwnershipResource(OwnerService owners, Texts texts) {
        this.owners = owners;
        this.texts = texts;
    }

    /** The owner, review-by date and requests of a piece the caller may browse; 404 otherwise. */
    @GET
    @Path("evidence/{id}")
    @LicensedOnly
    @ApiDoc(body = OwnershipJson.StewardshipJson.class, errors = {404})
    public Response stewardship(@PathParam("id") long id) {
        return Responses.run(texts, () -> Response.ok(OwnershipJson.StewardshipJson.of(id, owners.of(id))).build());
    }

    /** Asks the piece's owner to re-confirm it, with a note; needs only browse permission on the piece. */
    @POST
    @Path("evidence/{id}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = OwnershipJson.RequestJson.class, errors = {400, 404, 409})
    public Response request(@PathParam("id") long id, OwnershipJson.RequestInput input) {
        OwnershipJson.RequestInput in = input == null ? new OwnershipJson.RequestInput() : input;
        return Responses.run(texts, () -> Response.status(201).entity(OwnershipJson.RequestJson.of(owners.request(id, in.note))).build());
    }

    /** Hands up to 100 pieces over to another owner: all or nothing, in one transaction. */
    @POST
    @Path("hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = OwnershipJson.HandOverJson.class, errors = {400})
    public Response handOver(OwnershipJson.HandOverInput input) {
        OwnershipJson.HandOverInput in = input == null ? new OwnershipJson.HandOverInput() : input;
        return Responses.run(texts, () -> {
            Validator v = new Validator();
            if (in.evidenceIds != null) {
                in.evidenceIds.forEach(id -> Ids.body(v, "evidenceIds", id));
            }
            if (!v.errors().isEmpty()) {
                v.check();
            }
            OwnerService.HandOver done = owners.handOver(in.evidenceIds, in.owner);
            OwnershipJson.HandOverJson json = new OwnershipJson.HandOverJson();
            json.owner = done.owner();
            json.ownerName = done.ownerName();
            json.changed.addAll(done.changed());
            json.changedCount = done.changed().size();
            json.unchangedCount = done.unchanged();
            json.message = texts.get("empathy.owners.handOver.done", json.changedCount, done.ownerName())
                    + (done.unchanged() == 0 ? "" : " " + texts.get("empathy.owners.handOver.unchanged", done.unchanged(), done.ownerName()));
            return Response.ok(json).build();
        });
    }
}
