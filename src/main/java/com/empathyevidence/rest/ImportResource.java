package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.CsvService;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.Texts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * CSV import of evidence, in one request and one transaction: a dry run lists every problem by row and column and
 * writes nothing; an import writes every row or, when any row has a problem, none (400 with the problems). Each row
 * needs edit permission on its project. Nothing is kept between requests: the answer itself reports the counts.
 *
 * <p>A caller that asks for {@value #NDJSON} (header {@code Accept}, or {@code ?progress=stream}) gets the same work
 * as a stream of JSON lines ({@link Json.ImportProgressJson}), written and flushed as it proceeds on the request's own
 * thread: the phases with their counts, then one last line with the result or the error. The stream is the whole
 * answer to this one request; nothing about it is kept anywhere else, so it works the same on every cluster node.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** Newline-delimited JSON: one JSON object per line. */
    public static final String NDJSON = "application/x-ndjson";
    private static final MediaType NDJSON_TYPE = MediaType.valueOf(NDJSON);
    private static final ObjectMapper LINES = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(ImportResource.class.getName());
    /**
     * Jersey 2 keeps the first 8 KB of an answer in a buffer (to set Content-Length) and ignores flush() until the
     * buffer overflows; the first line is padded with trailing spaces (JSON allows them) past that, so every line
     * after it reaches the caller when it is flushed.
     */
    private static final int FIRST_LINE_PADDING = 8_200;

    private final CsvService csv;
    private final Texts texts;

    @Inject
    public ImportResource(CsvService csv, Texts texts) {
        this.csv = csv;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @LicensedOnly
    @ApiDoc(body = Json.ImportJson.class, errors = {400}, stream = Json.ImportProgressJson.class)
    public Response importCsv(Json.ImportInput input, @QueryParam("progress") String progress, @Context HttpHeaders headers) {
        Json.ImportInput in = input == null ? new Json.ImportInput() : input;
        boolean dryRun = Boolean.TRUE.equals(in.dryRun);
        if (wantsStream(progress, headers)) {
            StreamingOutput stream = out -> stream(in.csv, dryRun, out);
            return Response.ok(stream, NDJSON_TYPE).header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                    .header("X-Accel-Buffering", "no").build();
        }
        return Responses.run(texts, () -> {
            CsvService.ImportOutcome outcome = csv.importCsv(in.csv, dryRun);
            if (!outcome.dryRun() && !outcome.ok()) {
                return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(rejected(outcome)).build();
            }
            return Response.ok(result(outcome)).build();
        });
    }

    private static boolean wantsStream(String progress, HttpHeaders headers) {
        if ("stream".equals(progress)) {
            return true;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (NDJSON_TYPE.isCompatible(accepted) && !accepted.isWildcardType() && !accepted.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }

    /** Runs the import, writing one JSON line per step and flushing it, then the result or the error as the last line. */
    private void stream(String file, boolean dryRun, OutputStream out) throws IOException {
        Json.ImportProgressJson last = new Json.ImportProgressJson();
        boolean[] first = {true};
        try {
            CsvService.ImportOutcome outcome = csv.importCsv(file, dryRun, (phase, done, total) -> {
                Json.ImportProgressJson line = new Json.ImportProgressJson();
                line.phase = phase.name().toLowerCase(Locale.ROOT);
                line.done = done;
                line.total = total;
                write(out, line, first[0] ? FIRST_LINE_PADDING : 0);
                first[0] = false;
            });
            if (!outcome.dryRun() && !outcome.ok()) {
                last.phase = "failed";
                last.error = rejected(outcome);
            } else {
                last.phase = "done";
                last.result = result(outcome);
            }
        } catch (UncheckedIOException gone) {
            // the caller went away while the rows were written: the transaction was rolled back, nothing to tell
            throw gone.getCause();
        } catch (Problem problem) {
            last.phase = "failed";
            last.error = Responses.body(problem, texts);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "CSV import failed", unexpected);
            last.phase = "failed";
            last.error = com.empathyevidence.app.DatabaseOutage.isOutage(unexpected)
                    ? ErrorJson.of(503, texts.get("empathy.error.databaseUnavailable"))
                    : ErrorJson.of(500, texts.get("empathy.error.unexpected"));
        }
        write(out, last, 0);
    }

    private static void write(OutputStream out, Json.ImportProgressJson line, int padding) {
        try {
            out.write(LINES.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
            if (padding > 0) {
                out.write(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII));
            }
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ErrorJson rejected(CsvService.ImportOutcome outcome) {
        ErrorJson body = ErrorJson.of(400, texts.get("empathy.import.rejected", outcome.errorCount()));
        outcome.errors().forEach(e -> body.fieldErrors.add(fieldError(e)));
        return body;
    }

    private Json.ImportJson result(CsvService.ImportOutcome outcome) {
        Json.ImportJson json = new Json.ImportJson();
        json.dryRun = outcome.dryRun();
        json.rows = outcome.rows();
        json.validRows = outcome.validRows();
        json.created = outcome.created();
        json.newParticipants = outcome.newParticipants();
        json.errorCount = outcome.errorCount();
        outcome.errors().forEach(e -> json.errors.add(fieldError(e)));
        json.duplicates = outcome.duplicates().size();
        outcome.duplicates().forEach(d -> json.duplicateRows.add(duplicate(d)));
        json.linked = outcome.linked();
        return json;
    }

    private Json.DuplicateJson duplicate(CsvService.Duplicate d) {
        Json.DuplicateJson json = new Json.DuplicateJson();
        json.row = d.row();
        json.line = d.line();
        json.sameAsEvidence = d.sameAsEvidence();
        json.sameAsRow = d.sameAsRow();
        json.recordedBy = d.recordedBy();
        json.recordedAt = d.recordedAt();
        json.message = d.sameAsEvidence() != null
                ? texts.get("empathy.import.duplicateOfEvidence", d.row(), String.valueOf(d.sameAsEvidence()),
                        d.recordedBy() == null ? "" : d.recordedBy(), d.recordedAt() == null ? "" : d.recordedAt().substring(0, Math.min(10, d.recordedAt().length())))
                : texts.get("empathy.import.duplicateOfRow", d.row(), d.sameAsRow());
        return json;
    }

    private ErrorJson.FieldError fieldError(CsvService.RowError e) {
        ErrorJson.FieldError f = new ErrorJson.FieldError();
        f.field = e.column();
        f.row = e.row();
        f.line = e.line();
        String problem = texts.get(e.messageKey(), e.args());
        f.message = e.column() == null ? texts.get("empathy.import.rowErrorNoColumn", e.row(), problem)
                : texts.get("empathy.import.rowError", e.row(), e.column(), problem);
        return f;
    }
}
