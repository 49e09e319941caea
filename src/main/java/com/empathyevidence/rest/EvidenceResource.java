package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.EvidenceForm;
import com.empathyevidence.app.EvidenceService;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Validator;
import com.empathyevidence.view.Texts;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Evidence: create, read, update, retire, re-confirm and search. Reads check browse permission on the owning project. */
@Path("/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    private final EvidenceService service;
    private final Texts texts;

    @Inject
    public EvidenceResource(EvidenceService service, Texts texts) {
        this.service = service;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = EvidenceJson.class, errors = {400})
    public Response create(Json.EvidenceInput input) {
        return Responses.run(texts, () -> {
            AssessedEvidence created = service.create(form(input));
            return Response.created(URI.create("evidence/" + created.evidence().id())).entity(EvidenceJson.of(created)).build();
        }, FIELD_NAMES);
    }

    @GET
    @Path("{id}")
    @LicensedOnly
    @ApiDoc(body = EvidenceJson.class, errors = {404})
    public Response get(@PathParam("id") long id) {
        return Responses.run(texts, () -> Response.ok(EvidenceJson.of(service.get(id))).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = EvidenceJson.class, errors = {400, 403, 404, 409})
    public Response update(@PathParam("id") long id, Json.EvidenceInput input) {
        return Responses.run(texts, () -> Response.ok(EvidenceJson.of(service.update(id, form(input)))).build(), FIELD_NAMES);
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = EvidenceJson.class, errors = {400, 403, 404, 409})
    public Response retire(@PathParam("id") long id, Json.RetireInput input) {
        Json.RetireInput in = input == null ? new Json.RetireInput() : input;
        return Responses.run(texts, () -> {
            Ids.body(new Validator(), "successorId", in.successorId).check();
            return Response.ok(EvidenceJson.of(service.retire(id, in.reason, in.successorId))).build();
        });
    }

    @POST
    @Path("{id}/reconfirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(status = 201, body = Json.ReconfirmationJson.class, errors = {400, 403, 404, 409})
    public Response reconfirm(@PathParam("id") long id, Json.ReconfirmInput input) {
        Json.ReconfirmInput in = input == null ? new Json.ReconfirmInput() : input;
        return Responses.run(texts, () -> {
            Reconfirmation r = service.reconfirm(id, in.confirmedOn, in.note);
            return Response.status(201).entity(Json.ReconfirmationJson.of(r)).build();
        });
    }

    @GET
    @Path("{id}/reconfirmations")
    @LicensedOnly
    @ApiDoc(body = Json.ReconfirmationJson.class, list = true, errors = {404})
    public Response reconfirmations(@PathParam("id") long id) {
        return Responses.run(texts, () -> {
            List<Json.ReconfirmationJson> list = new ArrayList<>();
            service.reconfirmations(id).forEach(r -> list.add(Json.ReconfirmationJson.of(r)));
            return Response.ok(list).build();
        });
    }

    /** Search: every filter optional; sort = observed-desc (default), observed-asc, created-desc or created-asc; paged. */
    @GET
    @LicensedOnly
    @ApiDoc(body = Json.EvidencePageJson.class, errors = {400})
    public Response search(@QueryParam("q") String text, @QueryParam("persona") String persona,
                           @QueryParam("section") String section, @QueryParam("sourceKind") String sourceKind,
                           @QueryParam("freshness") String freshness, @QueryParam("project") String project,
                           @QueryParam("participant") String participant, @QueryParam("observedFrom") String from,
                           @QueryParam("observedTo") String to, @QueryParam("status") @DefaultValue("ACTIVE") String status,
                           @QueryParam("sort") @DefaultValue("observed-desc") String sort,
                           @QueryParam("start") @DefaultValue("0") int start,
                           @QueryParam("limit") @DefaultValue("25") int limit, @QueryParam("kind") String kind) {
        return Responses.run(texts, () -> {
            Validator v = new Validator();
            Section s = section == null || section.isBlank() ? null : Section.parse(section).orElse(null);
            if (section != null && !section.isBlank() && s == null) {
                v.error("section", "empathy.validation.section");
            }
            SourceKind k = sourceKind == null || sourceKind.isBlank() ? null : SourceKind.parse(sourceKind).orElse(null);
            if (sourceKind != null && !sourceKind.isBlank() && k == null) {
                v.error("sourceKind", "empathy.validation.sourceKind");
            }
            Freshness f = parse(Freshness.class, freshness, v, "freshness", "empathy.validation.freshness");
            EvidenceStatus st = "ALL".equalsIgnoreCase(status) ? null : parse(EvidenceStatus.class, status, v, "status", "empathy.validation.status");
            LocalDate fromDate = date(from, v, "observedFrom");
            LocalDate toDate = date(to, v, "observedTo");
            com.empathyevidence.domain.EvidenceKind only = parse(com.empathyevidence.domain.EvidenceKind.class, kind, v, "kind", "empathy.validation.kind");
            EvidenceQuery.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
                case "observed-desc" -> EvidenceQuery.Sort.OBSERVED_DESC;
                case "observed-asc" -> EvidenceQuery.Sort.OBSERVED_ASC;
                case "created-desc" -> EvidenceQuery.Sort.CREATED_DESC;
                case "created-asc" -> EvidenceQuery.Sort.CREATED_ASC;
                default -> {
                    v.error("sort", "empathy.validation.sort");
                    yield null;
                }
            };
            if (start < 0) {
                v.error("start", "empathy.validation.range", 0, Integer.MAX_VALUE);
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                v.error("limit", "empathy.validation.range", 1, MAX_LIMIT);
            }
            v.check();
            EvidenceService.SearchResult result = service.search(new EvidenceQuery(blank(text), blank(persona), s, k, blank(project),
                    blank(participant), fromDate, toDate, st, order, start, limit).ofKind(only), f);
            Json.EvidencePageJson page = new Json.EvidencePageJson();
            page.total = result.total();
            page.start = start;
            page.limit = limit;
            page.next = start + limit < result.total() ? start + limit : null;
            page.hidden = result.hidden();
            result.items().forEach(a -> page.items.add(EvidenceJson.of(a)));
            return Response.ok(page).build();
        });
    }

    /**
     * The app (and the CSV columns) call these fields participant, persona and project; the JSON API calls them as
     * its answers do. Field errors are renamed on the way out.
     */
    static final java.util.Map<String, String> FIELD_NAMES = java.util.Map.of("participant", "participantAlias",
            "persona", "personaKey", "project", "projectKey");

    @SuppressWarnings("deprecation")
    static EvidenceForm form(Json.EvidenceInput in) {
        Json.EvidenceInput i = in == null ? new Json.EvidenceInput() : in;
        // the names before 1.1 (participant, persona, project) are still read for one release; the new ones win
        return new EvidenceForm(i.text, i.kind, i.section, i.sourceKind, i.sourceTitle, i.sourceLink, i.sourceMomentSeconds,
                i.participantAlias != null ? i.participantAlias : i.participant, i.participantSegment,
                i.personaKey != null ? i.personaKey : i.persona, i.projectKey != null ? i.projectKey : i.project,
                i.observedOn, i.tags, i.version, i.participantConsent);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, Validator v, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.error(field, key);
            return null;
        }
    }

    static LocalDate date(String value, Validator v, String field) {
        return v.optionalDate(field, value);
    }

    static String blank(String s) {
        return Validator.blankToNull(s);
    }
}
