package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.Assume;
import org.junit.Test;

/**
 * A full disk makes an import fail whole or succeed whole: never an error answer with some rows stored, never a
 * success answer with rows missing, before and after a restart. The workbench's data lives on a small tmpfs that a
 * filler file has all but filled (root may mount one here; where that is refused, the test is skipped).
 */
public class FullDiskIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> send(URI base, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofMinutes(3))
                .header("Authorization", Http.basic("pm", "pm"))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** How many pieces of evidence carry the marker, as the API counts them (-1 when the server cannot answer). */
    private static int stored(URI base, String marker) throws Exception {
        HttpResponse<String> r = send(base, "GET", "/rest/empathy/1.0/evidence?limit=1&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8), null);
        return r.statusCode() == 200 ? Http.JSON.readTree(r.body()).get("total").asInt() : -1;
    }

    @Test
    public void anImportOnAFullDiskIsStoredWholeOrNotAtAll() throws Exception {
        Path disk = Files.createTempDirectory("workbench-full-disk");
        boolean mounted = WorkbenchProcessIT.run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString()) == 0;
        Assume.assumeTrue("a small file system cannot be mounted here (needs root)", mounted);
        try {
            Path data = disk.resolve("data");
            String marker = "FULLDISK" + System.nanoTime();
            int rows = 4000;
            StringBuilder csv = new StringBuilder("text,section,sourceKind,project,observedOn\r\n");
            String filler = "x".repeat(400);
            for (int i = 0; i < rows; i++) {
                csv.append(marker).append(' ').append(i).append(' ').append(filler).append(",PAINS,INTERVIEW,DEMO,")
                        .append(LocalDate.now().minusDays(3)).append("\r\n");
            }
            String body = Http.JSON.createObjectNode().put("csv", csv.toString()).toString();
            int status;
            String answer;
            try (WorkbenchProcess first = WorkbenchProcess.start("--port", "0", "--data", data.toString())) {
                URI base = first.awaitStarted();
                assertEquals(0, stored(base, marker));
                fillAllBut(disk.resolve("filler"), 256 * 1024);
                HttpResponse<String> imported = send(base, "POST", "/rest/empathy/1.0/import", body);
                status = imported.statusCode();
                answer = imported.body();
                int seen = stored(base, marker);
                System.out.println("[FullDiskIT] import on a full disk answered " + status + ", rows visible after: " + seen + ": "
                        + answer.substring(0, Math.min(300, answer.length())));
                if (status == 200) {
                    assertEquals("answered success: every row is there", rows, seen);
                } else {
                    assertTrue("a failed import stores nothing (" + status + " " + answer + "): " + seen, seen <= 0);
                    assertFalse("no stack trace or class name in the answer: " + answer, answer.contains("Exception") || answer.contains("at org."));
                }
                first.kill();
            }
            Files.deleteIfExists(disk.resolve("filler"));
            try (WorkbenchProcess second = WorkbenchProcess.start("--port", "0", "--data", data.toString())) {
                URI base = second.awaitStarted();
                assertEquals("after a restart, as answered (" + status + " " + answer + ")", status == 200 ? rows : 0, stored(base, marker));
            }
        } finally {
            WorkbenchProcessIT.run("umount", "-l", disk.toString());
        }
    }

    /** Writes a file until the file system is full, then gives back {@code leave} bytes. */
    private static void fillAllBut(Path file, int leave) throws Exception {
        byte[] block = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (java.io.IOException full) {
            // no space left on the device
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, Files.size(file) - leave));
        }
    }
}
