package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.Workbench;
import com.empathyevidence.workbench.WorkbenchServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * The full archive over real HTTP: the shared workbench's download as an administrator (streamed zip, dated file
 * name), everyone else refused; the import refused on a non-empty instance naming what is there, refused as a form
 * post or without the XSRF header; and the whole way out and in: the shared workbench's archive imported into a
 * second, empty workbench, whose own archive is then the same file by file (the manifest apart from exportedAt).
 */
public class ArchiveRestIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ONLY_ADMINS = "Only administrators can do this.";
    private static final String ZIP_ONLY = "Send the archive itself as the request body, with the headers Content-Type: application/zip and X-Atlassian-Token: no-check.";
    private static WorkbenchServer empty;

    @AfterClass
    public static void stopTheEmptyWorkbench() throws Exception {
        if (empty != null) {
            empty.close();
            empty = null; // failsafe reruns a failed test after the class: it starts a new one
        }
    }

    private static HttpResponse<byte[]> call(URI base, String method, String user, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("rest/empathy/1.0/archive")).timeout(Duration.ofMinutes(3))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", Http.basic(user, user));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI shared() {
        return SharedWorkbench.url("/");
    }

    private static HttpResponse<byte[]> upload(URI base, String user, byte[] zip) throws Exception {
        return call(base, "POST", user, "application/zip", zip, "X-Atlassian-Token", "no-check");
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return Http.JSON.readTree(r.body());
    }

    /** The archive's files by name; the manifest without exportedAt (checked to be there). */
    private static Map<String, String> files(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("manifest.json")) {
                    ObjectNode manifest = (ObjectNode) Http.JSON.readTree(text);
                    assertTrue(manifest.get("exportedAt").asText().startsWith(LocalDate.now(ZoneOffset.UTC).toString()));
                    manifest.remove("exportedAt");
                    text = manifest.toString();
                }
                files.put(e.getName(), text);
            }
        }
        return files;
    }

    private static byte[] download(URI base) throws Exception {
        HttpResponse<byte[]> r = call(base, "GET", "admin", null, null);
        assertEquals(new String(r.body(), StandardCharsets.UTF_8), 200, r.statusCode());
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"empathy-evidence-archive-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        return r.body();
    }

    @Test
    public void anAdministratorDownloadsEverythingAsOneZipAndNobodyElseDoes() throws Exception {
        Map<String, String> files = files(download(shared()));
        assertEquals(List.of("personas.json", "participants.json", "evidence.json", "edits.json", "reconfirmations.json",
                "map-items.json", "backings.json", "links.json", "shelf-lives.json", "audit.json", "panel-settings.json", "aging-thresholds.json", "requests.json", "validation-tasks.json", "manifest.json"),
                new ArrayList<>(files.keySet()));
        JsonNode manifest = Http.JSON.readTree(files.get("manifest.json"));
        assertEquals("empathy-evidence-archive", manifest.get("format").asText());
        assertEquals(1, manifest.get("schemaVersion").asInt());
        assertTrue(manifest.get("appVersion").asText(), manifest.get("appVersion").asText().matches("\\d+\\.\\d+.*"));
        assertEquals(Http.JSON.readTree(files.get("evidence.json")).size(), manifest.get("counts").get("evidence").asInt());
        // the demo data, BILL included: an administrator sees every project
        assertTrue(files.get("evidence.json").contains("I re-key every single line of the bank statement"));
        assertTrue(files.get("evidence.json").contains("\"projectKey\":\"BILL\""));
        assertTrue(files.get("personas.json").contains("\"key\":\"ACCOUNTANT\""));

        for (String user : List.of("pm", "viewer")) {
            HttpResponse<byte[]> refused = call(shared(), "GET", user, null, null);
            assertEquals(403, refused.statusCode());
            assertEquals(ONLY_ADMINS, json(refused).get("message").asText());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
        assertEquals(401, call(shared(), "GET", null, null, null).statusCode());
    }

    /** A small archive (an empty instance's): refusals need no big body, which a refusal does not read to the end. */
    private static byte[] small() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (String table : List.of("personas", "participants", "evidence", "edits", "reconfirmations", "map-items", "backings", "links",
                    "shelf-lives", "audit")) {
                zip.putNextEntry(new ZipEntry(table + ".json"));
                zip.write("[]".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"empathy-evidence-archive\",\"schemaVersion\":1,\"counts\":{}}".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    public void theImportRefusesANonEmptyInstanceNamingWhatIsThereAndChangesNothing() throws Exception {
        byte[] archive = download(shared());
        byte[] small = small();
        HttpResponse<byte[]> refused = upload(shared(), "admin", small);
        assertEquals(new String(refused.body(), StandardCharsets.UTF_8), 409, refused.statusCode());
        JsonNode body = json(refused);
        assertTrue(body.get("message").asText(), body.get("message").asText().startsWith("Nothing was imported: an archive can only go into a Jira that holds no Empathy Evidence data yet"));
        Map<String, String> there = new LinkedHashMap<>();
        body.get("fieldErrors").forEach(f -> there.put(f.get("field").asText(), f.get("message").asText()));
        int evidence = Http.JSON.readTree(files(archive).get("evidence.json")).size();
        assertTrue(there.toString(), there.get("evidence").matches("[\\d,]+ pieces of evidence"));
        assertTrue(there.toString(), there.get("personas").matches("[\\d,]+ personas"));
        assertTrue(evidence > 10);
        // nothing changed: the same archive again
        assertEquals(files(archive).get("personas.json"), files(download(shared())).get("personas.json"));
    }

    @Test
    public void anImportAsAFormPostWithoutTheXsrfHeaderOrByANonAdminIsRefused() throws Exception {
        byte[] archive = small();
        for (String type : java.util.Arrays.asList(null, "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
                "application/json")) {
            HttpResponse<byte[]> r = call(shared(), "POST", "admin", type, archive, "X-Atlassian-Token", "no-check");
            assertEquals(type, 415, r.statusCode());
            assertEquals(ZIP_ONLY, json(r).get("message").asText());
        }
        HttpResponse<byte[]> noToken = call(shared(), "POST", "admin", "application/zip", archive);
        assertEquals(403, noToken.statusCode());
        assertTrue(json(noToken).get("message").asText().startsWith("XSRF check failed"));
        HttpResponse<byte[]> pm = upload(shared(), "pm", archive);
        assertEquals(403, pm.statusCode());
        assertEquals(ONLY_ADMINS, json(pm).get("message").asText());
        assertEquals(401, upload(shared(), null, archive).statusCode());
    }

    @Test
    public void exportImportIntoAnEmptyWorkbenchAndExportAgainGivesTheSameArchive() throws Exception {
        if (empty == null) {
            java.nio.file.Path data = java.nio.file.Files.createTempDirectory("workbench-archive-it");
            WorkbenchServer.Config c = Workbench.options("--port", "0", "--data", data.toString()).config();
            empty = WorkbenchServer.start(new WorkbenchServer.Config(c.host(), c.port(), c.jdbcUrl(), c.dbUser(), c.dbPassword(), c.dbSchema(), false));
        }
        URI target = empty.baseUrl();
        byte[] first = download(shared());
        Map<String, String> before = files(download(target));
        HttpResponse<byte[]> imported = upload(target, "admin", first);
        if (imported.statusCode() == 409) {
            // a rerun of this test (failsafe's retry): the empty workbench holds the first run's import
            assertEquals(before.get("personas.json"), files(first).get("personas.json"));
        } else {
            assertEquals(new String(imported.body(), StandardCharsets.UTF_8), 200, imported.statusCode());
            for (String table : before.keySet()) {
                if (!table.equals("manifest.json")) {
                    assertEquals(table + " was empty before", "[]", before.get(table));
                }
            }
            JsonNode counts = Http.JSON.readTree(files(first).get("manifest.json")).get("counts");
            assertEquals(counts, json(imported).get("imported"));
            assertTrue(json(imported).get("message").asText(), json(imported).get("message").asText()
                    .startsWith(String.format(java.util.Locale.ENGLISH, "Imported everything: %,d pieces of evidence", counts.get("evidence").asInt())));
        }
        byte[] second = download(target);
        assertNotEquals("another instance", new String(first, StandardCharsets.ISO_8859_1), new String(second, StandardCharsets.ISO_8859_1));
        assertEquals(files(first), files(second));
        // and what the app shows there is the shared workbench's: the panel of DEMO-1 as admin, ids apart
        String panelThere = new String(CLIENT.send(HttpRequest.newBuilder(target.resolve("rest/empathy/1.0/issues/DEMO-1/evidence"))
                .header("Authorization", Http.basic("admin", "admin")).build(), HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        String panelHere = Http.get(Http.REST + "/issues/DEMO-1/evidence", "admin").body();
        assertEquals(Http.JSON.readTree(panelHere).get("evidence").size(), Http.JSON.readTree(panelThere).get("evidence").size());
        assertEquals(upload(target, "admin", first).statusCode(), 409);
    }
}
