package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Assume;
import org.junit.Test;

/**
 * The workbench as a separate process: what it has acknowledged survives a kill -9, and a data directory it cannot
 * use is refused with one line and exit code 2.
 */
public class WorkbenchProcessIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> send(URI base, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofMinutes(2))
                .header("Authorization", Http.basic("pm", "pm"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path data = Files.createTempDirectory("workbench-kill9");
        List<String> acknowledged = new ArrayList<>();
        try (WorkbenchProcess first = WorkbenchProcess.start("--port", "0", "--data", data.toString())) {
            URI base = first.awaitStarted();
            for (int i = 0; i < 25; i++) {
                String key = "KILL9_" + i;
                HttpResponse<String> created = send(base, "POST", "/rest/empathy/1.0/personas",
                        "{\"key\":\"" + key + "\",\"name\":\"Persona " + i + "\",\"description\":\"written before a kill -9\"}");
                assertEquals(created.body(), 201, created.statusCode());
                acknowledged.add(key);
            }
            first.kill(); // right after the last 2xx: SIGKILL, no shutdown hook, no clean close
        }
        try (WorkbenchProcess second = WorkbenchProcess.start("--port", "0", "--data", data.toString())) {
            URI base = second.awaitStarted();
            List<String> lost = new ArrayList<>();
            for (String key : acknowledged) {
                if (send(base, "GET", "/rest/empathy/1.0/personas/" + key, null).statusCode() != 200) {
                    lost.add(key);
                }
            }
            assertEquals("acknowledged before the kill, gone after the restart", List.of(), lost);
        }
    }

    @Test
    public void aDataPathThatIsAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.createTempFile("workbench-data", ".txt");
        assertRefused(file.toString(), "is a file");
    }

    @Test
    public void aDataPathUnderAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.createTempFile("workbench-data", ".txt");
        assertRefused(file.resolve("data").toString(), "cannot be created");
    }

    @Test
    public void aDataPathWhoseParentIsMissingIsRefusedInOneLine() throws Exception {
        Path missing = Files.createTempDirectory("workbench-data").resolve("no-such-folder").resolve("data");
        assertRefused(missing.toString(), "does not exist");
    }

    @Test
    public void anUnwritableDataPathIsRefusedInOneLine() throws Exception {
        Path dir = Files.createTempDirectory("workbench-data");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean mounted = false;
        if (Files.isWritable(dir)) {
            // root writes through permissions: a read-only file system refuses even root (mounting one needs root)
            mounted = run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", dir.toString()) == 0;
            Assume.assumeTrue("neither permissions nor a read-only mount can make a folder unwritable here", mounted);
        }
        try {
            assertRefused(dir.toString(), "cannot write to it");
        } finally {
            if (mounted) {
                run("umount", dir.toString());
            }
        }
    }

    static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void assertRefused(String data, String why) throws Exception {
        try (WorkbenchProcess process = WorkbenchProcess.start("--port", "0", "--data", data)) {
            int exit = process.awaitExit();
            List<String> lines = process.lines();
            assertEquals(String.join("\n", lines), 2, exit);
            assertEquals("one line: " + lines, 1, lines.size());
            String line = lines.get(0);
            assertTrue(line, line.contains(data));
            assertTrue(line, line.contains(why));
            assertFalse("no stack trace or class name: " + line, line.matches(".*(Exception|\\tat |\\.java:|java\\.).*"));
        }
    }
}
