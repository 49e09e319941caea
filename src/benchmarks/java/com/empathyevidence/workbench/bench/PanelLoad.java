package com.empathyevidence.workbench.bench;

import com.empathyevidence.workbench.WorkbenchServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;

/**
 * A load client, not a test (never run by the test command): starts a workbench on a fresh H2 database, links 50
 * pieces of evidence to DEMO-3 through the REST API, then times {@code GET /browse/DEMO-3} (the issue page with the
 * panel's server render) against {@code GET /static/workbench.css} (a static resource of the same server) in the same
 * run, and prints the medians and their ratio. See docs/panel-benchmark.md for the command.
 */
public final class PanelLoad {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("pm:pm".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path data = Files.createTempDirectory("panel-load");
        try (WorkbenchServer server = WorkbenchServer.start(WorkbenchServer.Config.h2(data, 0))) {
            URI base = server.baseUrl();
            for (int i = 0; i < 50; i++) {
                String body = "{\"text\":\"Benchmark quote " + i + ": I re-key the statement by hand every month.\",\"section\":\"PAINS\","
                        + "\"sourceKind\":\"" + (i % 3 == 0 ? "INTERVIEW" : i % 3 == 1 ? "SUPPORT_TICKET" : "USABILITY_TEST") + "\","
                        + "\"project\":\"DEMO\",\"persona\":\"ACCOUNTANT\",\"participant\":\"B-" + (i % 12) + "\","
                        + "\"observedOn\":\"" + LocalDate.now().minusDays(i * 9L) + "\"}";
                String created = send(base.resolve("rest/empathy/1.0/evidence"), body).body();
                String id = created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
                HttpResponse<String> linked = send(base.resolve("rest/empathy/1.0/issues/DEMO-3/links"),
                        "{\"evidenceId\":" + id + ",\"relation\":\"" + (i % 10 == 0 ? "CONTRADICTS" : "SUPPORTS") + "\"}");
                if (linked.statusCode() != 201) {
                    throw new IllegalStateException("link failed: " + linked.body());
                }
            }
            URI page = base.resolve("browse/DEMO-3");
            URI css = base.resolve("static/workbench.css");
            String html = get(page).body();
            int rows = html.split("class=\"empathy-evidence\"", -1).length - 1;
            if (rows != 50) {
                throw new IllegalStateException("expected 50 evidence rows on the page, found " + rows);
            }
            for (int i = 0; i < warmup; i++) {
                get(page);
                get(css);
            }
            long[] pageNanos = new long[rounds];
            long[] cssNanos = new long[rounds];
            for (int i = 0; i < rounds; i++) { // interleaved, so both see the same machine load
                long t0 = System.nanoTime();
                get(page);
                long t1 = System.nanoTime();
                get(css);
                long t2 = System.nanoTime();
                pageNanos[i] = t1 - t0;
                cssNanos[i] = t2 - t1;
            }
            double pageMedian = median(pageNanos) / 1e6;
            double cssMedian = median(cssNanos) / 1e6;
            System.out.printf("issue page with 50 linked pieces of evidence (GET /browse/DEMO-3): median %.2f ms, p90 %.2f ms, %d bytes%n",
                    pageMedian, percentile(pageNanos, 0.9) / 1e6, html.getBytes(StandardCharsets.UTF_8).length);
            System.out.printf("static resource (GET /static/workbench.css):                 median %.2f ms, p90 %.2f ms%n",
                    cssMedian, percentile(cssNanos, 0.9) / 1e6);
            System.out.printf("ratio page / static (medians): %.1f (%d rounds after %d warm-up rounds)%n", pageMedian / cssMedian, rounds, warmup);
        }
    }

    private static HttpResponse<String> send(URI uri, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode());
        }
        return r;
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
