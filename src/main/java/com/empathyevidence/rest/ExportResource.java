package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.empathyevidence.app.CsvService;
import com.empathyevidence.domain.EvidenceQuery;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Validator;
import com.empathyevidence.view.Texts;
import java.time.LocalDate;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * CSV export of active evidence the caller may browse, with the columns an import takes: export, then import,
 * gives the same rows back byte for byte. Evidence in projects the caller may not browse is counted, never shown.
 */
@Path("/export")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    private final CsvService csv;
    private final Texts texts;

    @Inject
    public ExportResource(CsvService csv, Texts texts) {
        this.csv = csv;
        this.texts = texts;
    }

    @GET
    @LicensedOnly
    @ApiDoc(body = Json.ExportJson.class, errors = {400})
    public Response export(@QueryParam("q") String text, @QueryParam("persona") String persona,
                           @QueryParam("section") String section, @QueryParam("sourceKind") String sourceKind,
                           @QueryParam("project") String project, @QueryParam("participant") String participant,
                           @QueryParam("observedFrom") String from, @QueryParam("observedTo") String to,
                           @QueryParam("status") String status, @QueryParam("kind") String kind) {
        return Responses.run(texts, () -> {
            Validator v = new Validator();
            Section s = EvidenceResource.blank(section) == null ? null : Section.parse(section).orElse(null);
            if (EvidenceResource.blank(section) != null && s == null) {
                v.error("section", "empathy.validation.section");
            }
            SourceKind k = EvidenceResource.blank(sourceKind) == null ? null : SourceKind.parse(sourceKind).orElse(null);
            if (EvidenceResource.blank(sourceKind) != null && k == null) {
                v.error("sourceKind", "empathy.validation.sourceKind");
            }
            com.empathyevidence.domain.EvidenceKind ofKind = EvidenceResource.parse(com.empathyevidence.domain.EvidenceKind.class, kind, v, "kind",
                    "empathy.validation.kind");
            LocalDate fromDate = EvidenceResource.date(from, v, "observedFrom");
            LocalDate toDate = EvidenceResource.date(to, v, "observedTo");
            // ACTIVE (the default), RETIRED or ALL; a status asked for (any) adds the columns status and retiredReason
            boolean all = "ALL".equalsIgnoreCase(EvidenceResource.blank(status));
            com.empathyevidence.domain.EvidenceStatus only = all ? null : EvidenceResource.blank(status) == null
                    ? com.empathyevidence.domain.EvidenceStatus.ACTIVE
                    : EvidenceResource.parse(com.empathyevidence.domain.EvidenceStatus.class, status, v, "status", "empathy.validation.status");
            v.check();
            CsvService.Export export = csv.export(new EvidenceQuery(EvidenceResource.blank(text), EvidenceResource.blank(persona), s, k,
                    EvidenceResource.blank(project), EvidenceResource.blank(participant), fromDate, toDate, null, null, 0, 1).ofKind(ofKind), only,
                    EvidenceResource.blank(status) != null);
            Json.ExportJson json = new Json.ExportJson();
            json.csv = export.csv();
            json.rows = export.rows();
            json.hidden = export.hidden();
            return Response.ok(json).build();
        });
    }
}
