package com.empathyevidence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.empathyevidence.app.ArchiveService;
import com.empathyevidence.view.Texts;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The full archive (docs/archive.md), for administrators: download everything as one zip, streamed as the store is
 * read; import an archive into an instance that holds nothing of the app yet. The import's body is the zip itself
 * ({@code Content-Type: application/zip} and {@code X-Atlassian-Token: no-check}, checked in {@link JsonWrites}).
 */
@Path("/archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    public static final String ZIP = "application/zip";
    /** The header the hosts' XSRF check asks of a write that is not JSON; a browser form cannot send it. */
    public static final String XSRF_HEADER = "X-Atlassian-Token";

    private final ArchiveService archive;
    private final Texts texts;

    @Inject
    public ArchiveResource(ArchiveService archive, Texts texts) {
        this.archive = archive;
        this.texts = texts;
    }

    @GET
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @AdminOnly
    @ApiDoc(file = ZIP)
    public Response export() {
        return Responses.run(texts, () -> {
            archive.requireAdmin();
            Instant now = Instant.now();
            StreamingOutput body = out -> {
                archive.export(out, now);
                out.flush();
            };
            return Response.ok(body, ZIP)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ArchiveService.fileName(now) + "\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        });
    }

    @POST
    @AdminOnly
    @ApiDoc(body = ArchiveJson.class, upload = ZIP, errors = {400, 409, 415})
    public Response importArchive(@HeaderParam(XSRF_HEADER) String xsrfToken, InputStream zip) {
        return Responses.run(texts, () -> {
            Map<String, Integer> imported;
            try {
                imported = archive.importArchive(zip);
            } catch (com.empathyevidence.domain.Problem refused) {
                swallow(zip); // the client is still sending: read the rest (bounded) so it hears the answer
                throw refused;
            }
            ArchiveJson json = new ArchiveJson();
            json.imported.putAll(imported);
            json.message = texts.get("empathy.archive.imported", imported.get("evidence"), imported.get("personas"),
                    imported.get("participants"), imported.get("links"));
            return Response.ok(json).build();
        });
    }

    private static void swallow(InputStream body) {
        try {
            byte[] buffer = new byte[8192];
            long left = JsonWrites.SWALLOW_BYTES;
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (java.io.IOException gone) {
            // the client went away: nothing to answer
        }
    }
}
