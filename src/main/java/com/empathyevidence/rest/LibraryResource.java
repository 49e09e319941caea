package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.LibraryFilters;
import com.empathyevidence.app.LibraryService;
import com.empathyevidence.domain.Validator;
import com.empathyevidence.view.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The evidence library: a page of the evidence the caller may see with what each piece is linked to and backs, and
 * bulk actions on a selection (each one transaction).
 */
@Path("/library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private final LibraryService library;
    private final Texts texts;

    @Inject
    public LibraryResource(LibraryService library, Texts texts) {
        this.library = library;
        this.texts = texts;
    }

    /** The filters of {@code GET /evidence}; sort observed-desc (default), observed-asc, created-desc or created-asc; paged. */
    @GET
    @LicensedOnly
    @ApiDoc(body = LibraryJson.LibraryPageJson.class, errors = {400})
    public Response page(@QueryParam("q") String text, @QueryParam("persona") String persona,
                         @QueryParam("section") String section, @QueryParam("sourceKind") String sourceKind,
                         @QueryParam("freshness") String freshness, @QueryParam("project") String project,
                         @QueryParam("participant") String participant, @QueryParam("observedFrom") String from,
                         @QueryParam("observedTo") String to, @QueryParam("status") String status,
                         @QueryParam("sort") String sort, @QueryParam("start") String start, @QueryParam("limit") String limit,
                         @QueryParam("kind") String kind) {
        return Responses.run(texts, () -> {
            Validator v = new Validator();
            LibraryFilters.Parsed parsed = new LibraryFilters(text, persona, section, sourceKind, freshness, project, participant,
                    from, to, status, sort, start, limit, kind).parse(v);
            v.check();
            return Response.ok(LibraryJson.LibraryPageJson.of(library.page(parsed.query(), parsed.freshness()))).build();
        });
    }

    /** One bulk action on up to 100 pieces: all or nothing, in one transaction. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = LibraryJson.BulkJson.class, errors = {400, 403, 409})
    public Response bulk(LibraryJson.BulkInput input) {
        LibraryJson.BulkInput in = input == null ? new LibraryJson.BulkInput() : input;
        return Responses.run(texts, () -> {
            Validator v = new Validator();
            Ids.body(v, "mapItemId", in.mapItemId);
            java.util.Map<Long, String> notes = null;
            if (in.notes != null) {
                notes = new java.util.LinkedHashMap<>();
                for (LibraryJson.PieceNote n : in.notes) {
                    if (n == null || n.evidenceId == null) {
                        v.error("notes", "empathy.library.validation.noteWithoutPiece");
                        continue;
                    }
                    Ids.body(v, "notes", n.evidenceId);
                    if (notes.put(n.evidenceId, n.note) != null) {
                        v.error("notes", "empathy.library.validation.noteTwice", String.valueOf(n.evidenceId));
                    }
                }
            }
            v.check();
            LibraryService.BulkResult done = library.bulk(in.action, in.evidenceIds, in.note, in.reason, in.confirmedOn, in.issueKey,
                    in.relation, in.mapItemId, notes);
            LibraryJson.BulkJson json = new LibraryJson.BulkJson();
            json.action = done.action().name();
            json.changed.addAll(done.changed());
            json.skipped.addAll(done.skipped());
            json.changedCount = done.changed().size();
            json.skippedCount = done.skipped().size();
            String key = "empathy.library.bulk.done." + done.action().name().toLowerCase(java.util.Locale.ROOT);
            json.message = texts.get(key, json.changedCount) + (json.skippedCount == 0 ? ""
                    : " " + texts.get("empathy.library.bulk.skipped", json.skippedCount));
            return Response.ok(json).build();
        });
    }
}
