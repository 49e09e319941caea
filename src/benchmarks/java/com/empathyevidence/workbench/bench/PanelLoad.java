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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Base64;

/**
 * A load client, not a test (never run by the test command): starts a workbench on a fresh H2 database, links 6, 50
 * and 500 pieces of evidence to DEMO-24, DEMO-25 and DEMO-26 through the REST API, then times the issue pages (the
 * panel's server render) and the panel's REST answer against {@code GET /static/workbench.css} (a static resource of
 * the same server), interleaved in the same run, and prints the medians and their ratios. See docs/performance.md.
 */
public final class PanelLoad {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("pm:pm".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** The issues the load links, and how many pieces each gets (the performance tests' own demo issues). */
    private static final String[] ISSUES = {"DEMO-24", "DEMO-25", "DEMO-26"};
    private static final int[] LINKS = {6, 50, 500};

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path data = Files.createTempDirectory("panel-load");
        try (WorkbenchServer server = WorkbenchServer.start(WorkbenchServer.Config.h2(data, 0))) {
            URI base = server.baseUrl();
            long seeding = System.nanoTime();
            for (int k = 0; k < ISSUES.length; k++) {
                for (int i = 0; i < LINKS[k]; i++) {
                    String body = "{\"text\":\"Benchmark quote " + ISSUES[k] + "." + i + ": I re-key the statement by hand every month.\",\"section\":\"PAINS\","
                            + "\"sourceKind\":\"" + (i % 3 == 0 ? "INTERVIEW" : i % 3 == 1 ? "SUPPORT_TICKET" : "USABILITY_TEST") + "\","
                            + "\"project\":\"DEMO\",\"persona\":\"ACCOUNTANT\",\"participant\":\"B-" + (i % 12) + "\",\"participantConsent\":true,"
                            + "\"observedOn\":\"" + LocalDate.now().minusDays((i * 9L) % 700) + "\"}";
                    HttpResponse<String> made = send(base.resolve("rest/empathy/1.0/evidence"), body);
                    if (made.statusCode() != 201) {
                        throw new IllegalStateException("evidence not created: " + made.body());
                    }
                    String created = made.body();
                    String id = created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
                    HttpResponse<String> linked = send(base.resolve("rest/empathy/1.0/issues/" + ISSUES[k] + "/links"),
                            "{\"evidenceId\":" + id + ",\"relation\":\"" + (i % 10 == 0 ? "CONTRADICTS" : "SUPPORTS") + "\"}");
                    if (linked.statusCode() != 201) {
                        throw new IllegalStateException("link failed: " + linked.body());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "linked 6, 50 and 500 pieces in %.1f s%n", (System.nanoTime() - seeding) / 1e9);
            List<String> names = new ArrayList<>();
            List<URI> targets = new ArrayList<>();
            names.add("GET /static/workbench.css (baseline)");
            targets.add(base.resolve("static/workbench.css"));
            for (int k = 0; k < ISSUES.length; k++) {
                URI page = base.resolve("browse/" + ISSUES[k]);
                String html = get(page).body();
                names.add("issue page with panel, " + LINKS[k] + " links (" + html.getBytes(StandardCharsets.UTF_8).length / 1024 + " KiB)");
                targets.add(page);
            }
            for (int k : new int[] {0, 2}) {
                URI rest = base.resolve("rest/empathy/1.0/issues/" + ISSUES[k] + "/evidence");
                names.add("panel REST answer, " + LINKS[k] + " links (" + get(rest).body().length() / 1024 + " KiB)");
                targets.add(rest);
            }
            // the panel's HTML for the 500-link issue: a screenful per relation (what the page renders) and every row
            // ("Show all" of both relations, which is what the page rendered before the screenful)
            for (String all : new String[] {"", "?all=supports,contradicts"}) {
                URI panel = base.resolve("rest/empathy/1.0/issues/" + ISSUES[2] + "/panel" + all);
                names.add("panel HTML, 500 links, " + (all.isEmpty() ? "a screenful" : "every row") + " (" + get(panel).body().length() / 1024 + " KiB)");
                targets.add(panel);
            }
            for (int i = 0; i < warmup; i++) {
                for (URI t : targets) {
                    get(t);
                }
            }
            long[][] nanos = new long[targets.size()][rounds];
            for (int i = 0; i < rounds; i++) { // interleaved, so all see the same machine load
                for (int t = 0; t < targets.size(); t++) {
                    long t0 = System.nanoTime();
                    get(targets.get(t));
                    nanos[t][i] = System.nanoTime() - t0;
                }
            }
            double base0 = median(nanos[0]);
            System.out.printf(Locale.ROOT, "%n%d rounds after %d warm-up rounds, sequential, one client, pm (HTTP Basic)%n", rounds, warmup);
            System.out.printf(Locale.ROOT, "%-52s %10s %10s %10s%n", "target", "median ms", "p90 ms", "x static");
            for (int t = 0; t < targets.size(); t++) {
                System.out.printf(Locale.ROOT, "%-52s %10.2f %10.2f %10.1f%n", names.get(t), median(nanos[t]) / 1e6,
                        percentile(nanos[t], 0.9) / 1e6, median(nanos[t]) / base0);
            }
            System.out.printf(Locale.ROOT, "ratio issue page 500 links / 6 links (medians): %.2f%n", median(nanos[3]) / median(nanos[1]));
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
