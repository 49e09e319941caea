package com.empathyevidence.workbench.bench;

import com.empathyevidence.workbench.WorkbenchServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Load client for the empathy-map macro (not run by the test command). Starts a workbench with the demo data and
 * the 1,000-evidence persona, then times, in the same run and interleaved, sequential GETs of
 * <ul>
 *   <li>the baseline: {@code /static/workbench.css}, a static resource of the same server;</li>
 *   <li>the Confluence page with the macro for the 1,000-evidence persona (the macro fetches the map from the
 *       workbench's Jira side over HTTP as the viewer, caches it, and renders it);</li>
 *   <li>the same page while Jira is unreachable (served from the host cache with its notice);</li>
 *   <li>the demo page with the 12-evidence persona, for scale.</li>
 * </ul>
 * Reports median and p90 per target and the ratios to the baseline. Arguments: [iterations, default 300] [warm-up, default 100].
 */
public final class MacroLoad {

    private MacroLoad() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path data = Files.createTempDirectory("macro-load");
        try (WorkbenchServer workbench = WorkbenchServer.start(WorkbenchServer.Config.h2(data, 0))) {
            long seeding = System.nanoTime();
            LargePersona.ensure(workbench);
            System.out.printf(Locale.ROOT, "seeded %d pieces of evidence in %.1f s%n", LargePersona.EVIDENCE, (System.nanoTime() - seeding) / 1e9);
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("pm:pm".getBytes(StandardCharsets.UTF_8));
            URI base = workbench.baseUrl();
            URI css = base.resolve("static/workbench.css");
            URI large = base.resolve("wiki/spaces/RES/pages/" + LargePersona.PAGE);
            URI small = base.resolve("wiki/spaces/RES/pages/accountant-map");

            long[] bytes = new long[3];
            for (int i = 0; i < warmup; i++) {
                bytes[0] = get(client, css, auth).length();
                bytes[1] = get(client, large, auth).length();
                bytes[2] = get(client, small, auth).length();
            }
            String page = get(client, large, auth);
            if (!page.contains("1,000 pieces of evidence")) {
                throw new IllegalStateException("the large map did not render: " + page.substring(0, Math.min(500, page.length())));
            }
            List<Long> tCss = new ArrayList<>();
            List<Long> tLarge = new ArrayList<>();
            List<Long> tSmall = new ArrayList<>();
            List<Long> tCached = new ArrayList<>();
            List<Long> tLargeFirst = new ArrayList<>();
            List<Long> tSmallFirst = new ArrayList<>();
            List<Long> tRest200 = new ArrayList<>();
            List<Long> tRest304 = new ArrayList<>();
            URI rest = base.resolve("rest/empathy/1.0/personas/" + LargePersona.KEY + "/map?quotes=10&unsorted=10");
            String[] etag = {currentEtag(client, rest, auth)};
            for (int i = 0; i < iterations; i++) {
                tCss.add(time(client, css, auth));
                // a first view: nothing kept (the host cache emptied), Jira builds and sends the map; then a repeat
                // view: the macro kept the viewer's map, Jira answers 304 to its version
                workbench.cacheManager().flushAll();
                tLargeFirst.add(time(client, large, auth));
                tLarge.add(time(client, large, auth));
                workbench.cacheManager().flushAll();
                tSmallFirst.add(time(client, small, auth));
                tSmall.add(time(client, small, auth));
                // Jira's map answer on its own, built and sent (200) and revalidated (304)
                tRest200.add(timeStatus(client, rest, auth, null, 200));
                if (!etag[0].equals(currentEtag(client, rest, auth))) {
                    etag[0] = currentEtag(client, rest, auth); // the day changed (midnight): the map has a new version
                }
                tRest304.add(timeStatus(client, rest, auth, etag[0], 304));
            }
            get(client, large, auth); // the large map kept again, for the rounds with Jira down
            workbench.applicationLinks().setJiraReachable(false);
            try {
                if (!get(client, large, auth).contains("Jira could not be reached")) {
                    throw new IllegalStateException("the cached map was not served");
                }
                for (int i = 0; i < iterations; i++) {
                    tCss.add(time(client, css, auth));
                    tCached.add(time(client, large, auth));
                }
            } finally {
                workbench.applicationLinks().setJiraReachable(true);
            }
            double baseMedian = median(tCss);
            double baseP90 = p90(tCss);
            System.out.printf(Locale.ROOT, "%n%d iterations after %d warm-up rounds, sequential, one client, pm signed in (HTTP Basic)%n", iterations, warmup);
            System.out.printf(Locale.ROOT, "%-52s %10s %10s %10s %10s%n", "target", "median ms", "p90 ms", "x median", "x p90");
            row("GET /static/workbench.css (baseline, " + bytes[0] + " B)", tCss, baseMedian, baseP90);
            row("GET accountant-map page, 12 evidence, first view", tSmallFirst, baseMedian, baseP90);
            row("GET accountant-map page, 12 evidence, repeat view", tSmall, baseMedian, baseP90);
            row("GET large-map page, 1,000 evidence, first view", tLargeFirst, baseMedian, baseP90);
            row("GET large-map page, 1,000 evidence, repeat view", tLarge, baseMedian, baseP90);
            row("GET large-map page, Jira down, from cache", tCached, baseMedian, baseP90);
            row("Jira map answer, 1,000 evidence, 200 (built)", tRest200, baseMedian, baseP90);
            row("Jira map answer, 1,000 evidence, 304 (revalidated)", tRest304, baseMedian, baseP90);
            System.out.printf(Locale.ROOT, "pages: accountant-map %d KiB, large-map %d KiB%n", bytes[2] / 1024, bytes[1] / 1024);
            System.out.printf(Locale.ROOT, "ratios: repeat/first view, 12 evidence %.2f, 1,000 evidence %.2f; 1,000/12 first view %.2f%n",
                    median(tSmall) / median(tSmallFirst), median(tLarge) / median(tLargeFirst), median(tLargeFirst) / median(tSmallFirst));
            System.out.printf(Locale.ROOT, "%nJava %s, %d CPUs%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        }
    }

    private static void row(String name, List<Long> nanos, double baseMedian, double baseP90) {
        double median = median(nanos);
        double p90 = p90(nanos);
        System.out.printf(Locale.ROOT, "%-52s %10.2f %10.2f %10.1f %10.1f%n", name, median / 1e6, p90 / 1e6, median / baseMedian, p90 / baseP90);
    }

    private static String get(HttpClient client, URI uri, String auth) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String currentEtag(HttpClient client, URI rest, String auth) throws Exception {
        return client.send(HttpRequest.newBuilder(rest).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag").orElseThrow();
    }

    private static long timeStatus(HttpClient client, URI uri, String auth, String ifNoneMatch, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", auth).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long took = System.nanoTime() - start;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ", not " + expected);
        }
        return took;
    }

    private static long time(HttpClient client, URI uri, String auth) throws Exception {
        long start = System.nanoTime();
        get(client, uri, auth);
        return System.nanoTime() - start;
    }

    private static double median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static double p90(List<Long> values) {
        return percentile(values, 0.9);
    }

    private static double percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
    }
}
