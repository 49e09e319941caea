package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.DigestService;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** phasein (issue 16): the signed-in user's weekly digest preference: receive it, or not. Each user sets only their own. */
@Path("/digest/preference")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    /** The preference. */
    public static class PreferenceJson {
        @ApiField(required = true, example = "true")
        public Boolean receive;
        @ApiField(readOnly = true, example = "You receive the weekly evidence digest.")
        public String message;
    }

    private final DigestService digest;
    private final Texts texts;

    @Inject
    public DigestResource(DigestService digest, Texts texts) {
        this.digest = digest;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    @ApiDoc(body = PreferenceJson.class)
    public Response get() {
        return Responses.run(texts, () -> Response.ok(json(digest.receives())).header("Cache-Control", "no-store").build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = PreferenceJson.class, errors = {400, 403})
    public Response put(PreferenceJson input) {
        return Responses.run(texts, () -> Response.ok(json(digest.setReceives(input == null ? null : input.receive))).build());
    }

    private PreferenceJson json(boolean receives) {
        PreferenceJson json = new PreferenceJson();
        json.receive = receives;
        json.message = texts.get(receives ? "empathy.digest.receives" : "empathy.digest.optedOut");
        return json;
    }
}
