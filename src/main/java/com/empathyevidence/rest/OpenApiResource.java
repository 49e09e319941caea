package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.view.Texts;
import java.io.IOException;
import java.io.InputStream;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The OpenAPI 3 document of this API. It is generated from the resource classes when the jar is built (their paths,
 * parameters, bodies, {@link ApiDoc} and access annotations) and served from the jar as it is.
 */
@Path("/openapi.json")
public class OpenApiResource {

    /** Where the build puts the document, beside this class. */
    public static final String DOCUMENT = "openapi.json";

    private final Texts texts;

    @Inject
    public OpenApiResource(Texts texts) {
        this.texts = texts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @LicensedOnly
    @ApiDoc(body = Object.class, errors = {404})
    public Response document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                return Responses.error(404, texts.get("empathy.error.noOpenApi"));
            }
            return Response.ok(in.readAllBytes()).build();
        } catch (IOException e) {
            return Responses.error(500, texts.get("empathy.error.unexpected"));
        }
    }
}
