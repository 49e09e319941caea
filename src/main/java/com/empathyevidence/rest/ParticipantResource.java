package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.CatalogService;
import com.empathyevidence.view.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pseudonymous participants. Erasure is for administrators and needs the alias typed again. */
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final CatalogService catalog;
    private final Texts texts;

    @Inject
    public ParticipantResource(CatalogService catalog, Texts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    @ApiDoc(body = Json.ParticipantJson.class, list = true)
    public Response list() {
        return Responses.run(texts, () -> {
            List<Json.ParticipantJson> list = new ArrayList<>();
            catalog.participants().forEach(p -> list.add(Json.ParticipantJson.of(p)));
            return Response.ok(list).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.ParticipantJson.class, errors = {400, 403, 409})
    public Response create(Json.ParticipantJson input) {
        Json.ParticipantJson in = input == null ? new Json.ParticipantJson() : input;
        return Responses.run(texts, () -> {
            // created first: the alias is valid by then, so it makes a valid address
            Json.ParticipantJson created = Json.ParticipantJson.of(catalog.createParticipant(in.alias, in.segment, in.role, in.consent));
            return Response.created(URI.create("participants/" + created.alias)).entity(created).build();
        });
    }

    @GET
    @Path("{alias}")
    @LicensedOnly
    @ApiDoc(body = Json.ParticipantJson.class, errors = {404})
    public Response get(@PathParam("alias") String alias) {
        return Responses.run(texts, () -> Response.ok(Json.ParticipantJson.of(catalog.participant(alias))).build());
    }

    @PUT
    @Path("{alias}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.ParticipantJson.class, errors = {400, 403, 404, 409})
    public Response update(@PathParam("alias") String alias, Json.ParticipantJson input) {
        Json.ParticipantJson in = input == null ? new Json.ParticipantJson() : input;
        return Responses.run(texts, () -> Response.ok(Json.ParticipantJson.of(catalog.updateParticipant(alias, in.segment, in.role, in.consent,
                in.version))).build());
    }

    @POST
    @Path("{alias}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ApiDoc(body = Json.ErasedJson.class, errors = {400, 404})
    public Response erase(@PathParam("alias") String alias, Json.EraseInput input) {
        return Responses.run(texts, () -> {
            Json.ErasedJson erased = new Json.ErasedJson();
            erased.redactedQuotes = catalog.erase(alias, input == null ? null : input.confirmAlias);
            erased.alias = alias;
            return Response.ok(erased).build();
        });
    }
}
