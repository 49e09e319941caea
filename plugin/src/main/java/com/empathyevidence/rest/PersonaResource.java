package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.PersonaMapService;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.app.Today;
import com.empathyevidence.view.Texts;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Personas and their maps. The Confluence macro reads {@code /personas/{key}/map} over the Application Link. */
@Path("/personas")
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {

    private final PersonaMapService maps;
    private final Today today;
    private final Texts texts;

    @Inject
    public PersonaResource(PersonaMapService maps, Today today, Texts texts) {
        this.maps = maps;
        this.today = today;
        this.texts = texts;
    }

    @GET
    @Path("{personaKey}/map")
    @LicensedOnly
    public Response map(@PathParam("personaKey") String personaKey) {
        try {
            return Response.ok(PersonaMapJson.of(maps.map(personaKey), today.get())).build();
        } catch (Problem problem) {
            return Responses.problem(problem, texts);
        }
    }
}
