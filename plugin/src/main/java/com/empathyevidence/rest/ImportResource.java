package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.CsvService;
import com.empathyevidence.view.Texts;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * CSV import of evidence, in one request and one transaction: a dry run lists every problem by row and column and
 * writes nothing; an import writes every row or, when any row has a problem, none (400 with the problems). Each row
 * needs edit permission on its project. Nothing is kept between requests: the answer itself reports the counts.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final CsvService csv;
    private final Texts texts;

    @Inject
    public ImportResource(CsvService csv, Texts texts) {
        this.csv = csv;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ApiDoc(body = Json.ImportJson.class, errors = {400})
    public Response importCsv(Json.ImportInput input) {
        Json.ImportInput in = input == null ? new Json.ImportInput() : input;
        return Responses.run(texts, () -> {
            CsvService.ImportOutcome outcome = csv.importCsv(in.csv, Boolean.TRUE.equals(in.dryRun));
            if (!outcome.dryRun() && !outcome.ok()) {
                ErrorJson body = ErrorJson.of(400, texts.get("empathy.import.rejected", outcome.errorCount()));
                outcome.errors().forEach(e -> body.fieldErrors.add(fieldError(e)));
                return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
            }
            Json.ImportJson json = new Json.ImportJson();
            json.dryRun = outcome.dryRun();
            json.rows = outcome.rows();
            json.validRows = outcome.validRows();
            json.created = outcome.created();
            json.newParticipants = outcome.newParticipants();
            json.errorCount = outcome.errorCount();
            outcome.errors().forEach(e -> json.errors.add(fieldError(e)));
            return Response.ok(json).build();
        });
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
