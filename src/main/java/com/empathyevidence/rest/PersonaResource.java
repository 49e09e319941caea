package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.CatalogService;
import com.empathyevidence.app.PersonaMapService;
import com.empathyevidence.app.PersonaMapVersions;
import com.empathyevidence.app.Today;
import com.empathyevidence.domain.PersonaRetirement;
import com.empathyevidence.domain.ProjectFilter;
import com.empathyevidence.domain.Revision;
import com.empathyevidence.view.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Personas, their map items and backing evidence, and {@code /personas/{key}/map}: what the Confluence macro renders. */
@Path("/personas")
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {

    /** The most a caller may ask to be listed per item or section; leaving the parameter out lists everything. */
    static final int MAX_LISTED = 1000;

    private final PersonaMapService maps;
    private final PersonaMapVersions versions;
    private final CatalogService catalog;
    private final Today today;
    private final Texts texts;

    @Inject
    public PersonaResource(PersonaMapService maps, PersonaMapVersions versions, CatalogService catalog, Today today, Texts texts) {
        this.maps = maps;
        this.versions = versions;
        this.catalog = catalog;
        this.today = today;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    @ApiDoc(body = Json.PersonaJson.class, list = true)
    public Response list() {
        return Responses.run(texts, () -> {
            List<Json.PersonaJson> list = new ArrayList<>();
            java.util.Map<String, Revision> revisions = catalog.personaRevisions();
            java.util.Map<String, PersonaRetirement> retired = catalog.retirements();
            catalog.personas().forEach(p -> list.add(Json.PersonaJson.of(p, revisions.getOrDefault(p.key(), Revision.NONE), retired.get(p.key()))));
            return Response.ok(list).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.PersonaJson.class, errors = {400, 403, 409})
    public Response create(Json.PersonaJson input) {
        Json.PersonaJson in = input == null ? new Json.PersonaJson() : input;
        return Responses.run(texts, () -> {
            // created first: the key is valid by then, so it makes a valid address
            Json.PersonaJson created = Json.PersonaJson.of(catalog.createPersona(in.key, in.name, in.description), Revision.NONE, null);
            return Response.created(URI.create("personas/" + created.key)).entity(created).build();
        });
    }

    @GET
    @Path("{personaKey}")
    @LicensedOnly
    @ApiDoc(body = Json.PersonaJson.class, errors = {404})
    public Response get(@PathParam("personaKey") String key) {
        return Responses.run(texts, () -> Response.ok(full(catalog.persona(key))).build());
    }

    @PUT
    @Path("{personaKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.PersonaJson.class, errors = {400, 403, 404, 409})
    public Response update(@PathParam("personaKey") String key, Json.PersonaJson input) {
        Json.PersonaJson in = input == null ? new Json.PersonaJson() : input;
        return Responses.run(texts, () -> Response.ok(full(catalog.updatePersona(key, in.name, in.description, in.version))).build());
    }

    @POST
    @Path("{personaKey}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.PersonaJson.class, errors = {400, 403, 404, 409})
    public Response retire(@PathParam("personaKey") String key, Json.RetirePersonaInput input) {
        Json.RetirePersonaInput in = input == null ? new Json.RetirePersonaInput() : input;
        return Responses.run(texts, () -> {
            catalog.retirePersona(key, in.reason, in.version);
            return Response.ok(full(catalog.persona(key))).build();
        });
    }

    @POST
    @Path("{personaKey}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.PersonaJson.class, errors = {403, 404, 409})
    public Response restore(@PathParam("personaKey") String key, Json.RestorePersonaInput input) {
        Json.RestorePersonaInput in = input == null ? new Json.RestorePersonaInput() : input;
        return Responses.run(texts, () -> {
            catalog.restorePersona(key, in.version);
            return Response.ok(full(catalog.persona(key))).build();
        });
    }

    /** A persona with its version and retirement. */
    private Json.PersonaJson full(com.empathyevidence.domain.Persona p) {
        return Json.PersonaJson.of(p, catalog.personaRevision(p.key()), catalog.retirement(p.key()).orElse(null));
    }

    @GET
    @Path("{personaKey}/map")
    @LicensedOnly
    @ApiDoc(body = PersonaMapJson.class, errors = {400, 403, 404})
    public Response map(@PathParam("personaKey") String personaKey, @QueryParam("projects") String projects,
                        @QueryParam("quotes") Integer quotes, @QueryParam("unsorted") Integer unsorted,
                        @QueryParam("validationProject") String validationProject, @Context HttpHeaders headers) {
        return Responses.run(texts, () -> {
            com.empathyevidence.domain.Validator v = new com.empathyevidence.domain.Validator();
            v.range("quotes", quotes, 0, MAX_LISTED);
            v.range("unsorted", unsorted, 0, MAX_LISTED);
            String validation = validationProject == null || validationProject.isBlank() ? null : validationProject.trim();
            if (validation != null) {
                v.pattern("validationProject", validation, com.empathyevidence.domain.Limits.PROJECT_KEY,
                        20, "empathy.validation.projectKey");
            }
            v.check();
            java.util.Set<String> keys = ProjectFilter.parse("projects", projects).keys();
            java.util.Optional<PersonaRetirement> retirement = catalog.retirement(personaKey);
            // a retired persona's map is kept for reference: nobody may change it
            boolean canEdit = retirement.isEmpty() && catalog.canEdit();
            // validation (issue 17): whether the caller may create a validation task in the map's project
            boolean canCreate = validation != null && retirement.isEmpty() && catalog.canCreateIssues(validation);
            Revision personaRevision = catalog.personaRevision(personaKey);
            java.util.Map<Long, Revision> itemRevisions = catalog.mapItemRevisions(personaKey);
            String state = "persona=" + personaRevision.version() + ";items=" + new java.util.TreeMap<>(itemRevisions.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, e -> e.getValue().version())))
                    + ";retired=" + retirement.map(r -> r.at() + "|" + r.who() + "|" + r.reason()).orElse("-");
            // The version of this answer for this viewer, found without building the map (permissions checked again)
            com.empathyevidence.app.PersonaMapVersions.Versioned versioned = versions.versioned(personaKey, keys, "quotes=" + quotes
                    + ";unsorted=" + unsorted + ";canEdit=" + canEdit + ";validation=" + validation + "|" + canCreate + ";" + state);
            String etag = versioned.version().map(version -> "\"" + version + "\"").orElse(null);
            if (etag != null && matches(headers == null ? null : headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, REVALIDATE).build();
            }
            int listedQuotes = quotes == null ? Integer.MAX_VALUE : quotes;
            int listedUnsorted = unsorted == null ? Integer.MAX_VALUE : unsorted;
            PersonaMapJson json = PersonaMapJson.of(maps.map(personaKey, keys, listedQuotes, listedUnsorted, versioned.groups()), today.get(),
                    listedQuotes, listedUnsorted);
            json.canEdit = canEdit;
            if (validation != null) {
                json.validation = new PersonaMapJson.ValidationJson();
                json.validation.project = validation;
                json.validation.canCreate = canCreate;
            }
            json.version = personaRevision.version();
            for (PersonaMapJson.SectionJson section : json.sections) {
                for (PersonaMapJson.ItemJson item : section.items) {
                    item.version = itemRevisions.getOrDefault(item.id, Revision.NONE).version();
                }
            }
            retirement.ifPresent(r -> {
                json.retired = new PersonaMapJson.RetiredJson();
                json.retired.at = r.at() == null ? null : r.at().toString();
                json.retired.byName = r.who();
                json.retired.reason = r.reason();
            });
            Response.ResponseBuilder ok = Response.ok(json).header(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            return (etag == null ? ok : ok.header(HttpHeaders.ETAG, etag)).build();
        });
    }

    /** Kept only by the viewer's own client, and asked again every time (a 304 when nothing changed). */
    static final String REVALIDATE = "private, no-cache";

    /** True when an If-None-Match header names this entity tag (or is "*"); weak tags compare by their value. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("{personaKey}/items")
    @LicensedOnly
    @ApiDoc(body = Json.MapItemJson.class, list = true, errors = {404})
    public Response items(@PathParam("personaKey") String personaKey) {
        return Responses.run(texts, () -> {
            List<Json.MapItemJson> list = new ArrayList<>();
            java.util.Map<Long, Revision> revisions = catalog.mapItemRevisions(personaKey);
            catalog.mapItems(personaKey).forEach(m -> list.add(Json.MapItemJson.of(m, revisions.getOrDefault(m.id(), Revision.NONE))));
            return Response.ok(list).build();
        });
    }

    @POST
    @Path("{personaKey}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.MapItemJson.class, errors = {400, 403, 404, 409})
    public Response createItem(@PathParam("personaKey") String personaKey, Json.MapItemJson input) {
        Json.MapItemJson in = input == null ? new Json.MapItemJson() : input;
        return Responses.run(texts, () -> {
            Json.MapItemJson created = Json.MapItemJson.of(catalog.createMapItem(personaKey, in.section, in.statement), Revision.NONE);
            return Response.created(URI.create("personas/items/" + created.id)).entity(created).build();
        });
    }

    @GET
    @Path("items/{id}")
    @LicensedOnly
    @ApiDoc(body = Json.MapItemJson.class, errors = {404})
    public Response item(@PathParam("id") long id) {
        return Responses.run(texts, () -> Response.ok(Json.MapItemJson.of(catalog.mapItem(id), catalog.mapItemRevision(id))).build());
    }

    @PUT
    @Path("items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.MapItemJson.class, errors = {400, 403, 404, 409})
    public Response updateItem(@PathParam("id") long id, Json.MapItemJson input) {
        Json.MapItemJson in = input == null ? new Json.MapItemJson() : input;
        return Responses.run(texts, () -> {
            com.empathyevidence.domain.MapItem updated = catalog.updateMapItem(id, in.section, in.statement, in.version);
            return Response.ok(Json.MapItemJson.of(updated, catalog.mapItemRevision(id))).build();
        });
    }

    @DELETE
    @Path("items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 204, errors = {403, 404, 409})
    public Response deleteItem(@PathParam("id") long id) {
        return Responses.run(texts, () -> {
            catalog.deleteMapItem(id);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("items/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 204, errors = {400, 403, 404, 409})
    public Response back(@PathParam("id") long id, Json.BackingInput input) {
        return Responses.run(texts, () -> {
            Ids.body(new com.empathyevidence.domain.Validator(), "evidenceId", input == null ? null : input.evidenceId).check();
            catalog.back(id, input == null ? null : input.evidenceId);
            return Response.noContent().build();
        });
    }

    @DELETE
    @Path("items/{id}/evidence/{evidenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 204, errors = {403, 404, 409})
    public Response unback(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        return Responses.run(texts, () -> {
            catalog.unback(id, evidenceId);
            return Response.noContent().build();
        });
    }
}
