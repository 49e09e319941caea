package com.empathyevidence.workbench.bench;

import com.empathyevidence.workbench.WorkbenchServer;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.web.PagesServlet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one benchmark command of issue 14 (and issue 13's page rows): builds every data set, measures every row of the
 * goal table against {@code GET /static/workbench.css} of the same server in the same run, and writes the table into
 * docs/performance.md between its marker comments (a rerun replaces it). A benchmark, never a test.
 *
 * <pre>
 *   ./mvnw -B -Pbenchmarks,load -DskipTests package
 *   src/benchmarks/run com.empathyevidence.workbench.bench.Performance [--quick] [--rounds N] [--warmup N] [--doc FILE]
 * </pre>
 *
 * <p>How: a workbench is started once on a fresh H2 folder to create the schema and the demo data, stopped, the data
 * sets are written into its database with JDBC ({@link PerformanceData}), then the workbench is started on that
 * folder in this process (a free port, the generated backlog projects from {@code -Dworkbench.generatedProjects}) and
 * every target is timed in rounds: each request to a target is preceded by one to the static file, so the baseline
 * meets the same machine load request by request; one client, sequential, {@code pm} with HTTP Basic. A map's first
 * view empties the host cache first (Jira builds and sends the map), its repeat view follows at once (the macro
 * revalidates its kept copy). Every answer is checked (status and a marker of the page); a map page that shows
 * "Jira could not be reached" (the macro's Jira call ran out of time) is counted as such, and any other wrong answer
 * stops the run. The workbench is stopped and its folder deleted in every case.
 */
public final class Performance {

    static final String START = "<!-- performance:table:start (written by src/benchmarks/run com.empathyevidence.workbench.bench.Performance; do not edit by hand) -->";
    static final String END = "<!-- performance:table:end -->";
    /** Where a run of some rows ({@code --only}) writes its table, so the full table stays as its run wrote it. */
    static final String ONLY_START = "<!-- performance:only:start (written by src/benchmarks/run com.empathyevidence.workbench.bench.Performance --only ...; do not edit by hand) -->";
    static final String ONLY_END = "<!-- performance:only:end -->";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("pm:pm".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");
    private static final java.util.logging.Logger RESPONDER = java.util.logging.Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");
    /** In a kept data folder: the data sets are there (what was written). */
    private static final String FILLED = "performance-data.txt";
    private static final String HEALTH = "?selectedItem=com.empathyevidence.evidence-health";

    private Performance() {
    }

    /** One thing timed. {@code flush}: empty the host cache first (a map's first view). */
    private record Target(String id, String name, String path, boolean flush, Predicate<String> ok, boolean mayTimeOut) {
    }

    /** What was measured of one target. */
    private static final class Samples {
        final List<Long> nanos = new ArrayList<>();
        int unavailable;
        long bytes;
        /** What the page did instead of showing what it should, and how often (measured rounds). */
        final Map<String, Integer> failures = new LinkedHashMap<>();

        double median() {
            return percentile(0.5);
        }

        double percentile(double p) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
        }
    }

    /** A row of the goal table: {@code target} against {@code against} (null: the static file), goal at most {@code goal}× (0: none). */
    private record GoalRow(String label, String target, String against, String againstLabel, double goal, String before) {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Integer rounds = null;
        Integer warmup = null;
        Path doc = Path.of("docs/performance.md");
        Path keep = null;
        java.util.Set<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--data" -> keep = Path.of(args[++i]);
                case "--only" -> {
                    only = new java.util.LinkedHashSet<>(List.of(args[++i].split(",")));
                    if (!GROUPS.containsAll(only)) {
                        System.err.println("--only takes rows of " + GROUPS + ", comma-separated (e.g. --only library,backlog)");
                        System.exit(2);
                    }
                }
                default -> {
                    System.err.println("Unknown option " + args[i] + ". Options: --quick, --rounds N, --warmup N, --doc FILE (default docs/performance.md), --data DIR (keep the data sets there and reuse them), --only ROWS (some of " + GROUPS + ", comma-separated)");
                    System.exit(2);
                }
            }
        }
        int measured = rounds != null ? rounds : quick ? 3 : 30;
        int warm = warmup != null ? warmup : quick ? 1 : 5;
        String command = "src/benchmarks/run " + Performance.class.getName() + (args.length == 0 ? "" : " " + String.join(" ", args));
        String startMarker = only == null ? START : ONLY_START;
        String endMarker = only == null ? END : ONLY_END;
        if (!Files.isRegularFile(doc) || !Files.readString(doc).contains(startMarker) || !Files.readString(doc).contains(endMarker)) {
            throw new IllegalStateException(doc.toAbsolutePath() + " has no table markers (" + startMarker + " ... " + endMarker + "): run from the repository's root");
        }
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        // a map answer the macro stopped waiting for ends in a broken pipe on Jira's side: counted in the table, not logged
        RESPONDER.setLevel(java.util.logging.Level.OFF);
        String loadBefore = loadAverage();
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        System.setProperty(DemoJira.GENERATED_PROJECTS, PerformanceData.generatedProjects());
        Path data = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("performance-run");
        Map<String, Samples> results;
        List<Target> targets;
        String filled;
        try {
            WorkbenchServer.Config config = WorkbenchServer.Config.h2(data, 0);
            long t0 = System.nanoTime();
            if (keep != null && Files.exists(data.resolve(FILLED))) {
                filled = Files.readString(data.resolve(FILLED));
                System.out.println("[perf] reusing the data sets in " + data);
            } else {
                WorkbenchServer.start(config).close(); // the schema and the demo data, as ./run-workbench's first start
                System.out.printf(Locale.ROOT, "[perf] schema and demo data in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword())) {
                    filled = new PerformanceData(c, LocalDate.now()).fill();
                    try (Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN COMPACT"); // one big transaction leaves the file mostly garbage
                    }
                }
                Files.writeString(data.resolve(FILLED), filled);
            }
            System.out.println("[perf] wrote " + filled);
            t0 = System.nanoTime();
            try (WorkbenchServer workbench = WorkbenchServer.start(config)) {
                System.out.printf(Locale.ROOT, "[perf] workbench up in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9, workbench.baseUrl());
                // The app's daily job runs once at start: it writes the issue summaries of the 10,100 backlog issues.
                // Measured only once it has ended (a real Jira runs it at night): a run during the rounds would time
                // the pages against the job's writes, not the pages.
                long j0 = System.nanoTime();
                workbench.scheduler().awaitStartRuns();
                System.out.printf(Locale.ROOT, "[perf] the daily jobs' first runs ended after %.1f s more%n", (System.nanoTime() - j0) / 1e9);
                targets = targets(only);
                results = measure(workbench, targets, warm, measured);
            }
        } finally {
            if (keep == null) {
                deleteTree(data);
            }
        }
        String loadAfter = loadAverage();
        ZonedDateTime ended = ZonedDateTime.now(ZoneOffset.UTC);
        String table = render(targets, results, command, started, ended, loadBefore, loadAfter, measured, warm, filled, only);
        System.out.println();
        System.out.println(table);
        String text = Files.readString(doc);
        int a = text.indexOf(startMarker);
        int b = text.indexOf(endMarker);
        Files.writeString(doc, text.substring(0, a + startMarker.length()) + "\n" + table + "\n" + text.substring(b));
        System.out.println("[perf] table written into " + doc);
    }

    /** The rows {@code --only} chooses from: a target's group is its id up to the first "-" (jql: backlog). */
    static final List<String> GROUPS = List.of("panel", "map", "backlog", "library");

    static String group(String targetId) {
        String g = targetId.substring(0, targetId.indexOf('-'));
        return g.equals("jql") ? "backlog" : g;
    }

    private static List<Target> targets(java.util.Set<String> only) {
        List<Target> all = targets();
        return only == null ? all : all.stream().filter(t -> only.contains(group(t.id()))).toList();
    }

    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        register("perf-1k-map", PerformanceData.MAP_1K, "Perf map: 1,000 pieces");
        register("perf-10k-map", PerformanceData.MAP_10K, "Perf map: 10,000 pieces");
        register("perf-100k-map", PerformanceData.MAP_100K, "Perf map: 100,000 pieces");
        register("perf-wide-map", PerformanceData.MAP_WIDE, "Perf map: 1,000 pieces over 72 items");
        for (int k = 0; k < PerformanceData.PANEL_ISSUES.length; k++) {
            int links = PerformanceData.PANEL_LINKS[k];
            t.add(new Target("panel-page-" + links, "issue page with panel, " + links + " links", "browse/" + PerformanceData.PANEL_ISSUES[k], false,
                    body -> body.contains(links + " pieces of evidence") || body.contains(String.format(Locale.ENGLISH, "%,d", links) + " pieces of evidence"), false));
        }
        t.add(new Target("panel-rest-6", "panel REST answer, 6 links", "rest/empathy/1.0/issues/DEMO-24/evidence", false, body -> body.startsWith("{"), false));
        t.add(new Target("panel-rest-500", "panel REST answer, 500 links", "rest/empathy/1.0/issues/DEMO-26/evidence", false, body -> body.startsWith("{"), false));
        String[][] maps = {{"12", "accountant-map"}, {"1000", "perf-1k-map"}, {"10000", "perf-10k-map"}, {"100000", "perf-100k-map"},
                {"wide", "perf-wide-map"}};
        for (String[] m : maps) {
            String n = m[0].equals("wide") ? "1,000" : String.format(Locale.ENGLISH, "%,d", Integer.parseInt(m[0]));
            String over = m[0].equals("wide") ? " over 72 items" : "";
            Predicate<String> map = body -> body.contains("empathy-map-header") && !unavailable(body);
            t.add(new Target("map-first-" + m[0], "map page, " + n + " pieces" + over + ", first view", "wiki/spaces/RES/pages/" + m[1], true, map, true));
            t.add(new Target("map-repeat-" + m[0], "map page, " + n + " pieces" + over + ", repeat view", "wiki/spaces/RES/pages/" + m[1], false, map, true));
        }
        t.add(new Target("backlog-100", "evidence backlog page, 100 issues", "projects/" + PerformanceData.BACKLOG_SMALL + HEALTH, false,
                body -> body.contains(PerformanceData.BACKLOG_SMALL + "-"), false));
        t.add(new Target("backlog-10000", "evidence backlog page, 10,000 issues", "projects/" + PerformanceData.BACKLOG_LARGE + HEALTH, false,
                body -> body.contains(PerformanceData.BACKLOG_LARGE + "-"), false));
        for (String project : List.of(PerformanceData.BACKLOG_SMALL, PerformanceData.BACKLOG_LARGE)) {
            String jql = "project = " + project + " ORDER BY issue.property[empathy.evidence].strength ASC, key ASC";
            t.add(new Target("jql-" + project, "the host's issue search alone, same question, " + (project.equals(PerformanceData.BACKLOG_SMALL) ? "100" : "10,000") + " issues",
                    "issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8), false, body -> body.contains(project + "-"), false));
        }
        t.add(new Target("library-100", "evidence library page, 100 pieces", "plugins/servlet/empathy/library?persona=" + PerformanceData.LIBRARY_100, false,
                body -> body.contains("Perf quote") || body.contains("Perf observation"), false));
        t.add(new Target("library-100000", "evidence library page, 100,000 pieces", "plugins/servlet/empathy/library?persona=" + PerformanceData.MAP_100K, false,
                body -> body.contains("Perf quote") || body.contains("Perf observation"), false));
        return t;
    }

    /** The macro's page without a map: Jira did not answer in time and nothing was kept, or the kept copy with its notice. */
    private static boolean unavailable(String body) {
        return body.contains("there is no earlier copy of it for you") || body.contains("Jira could not be reached.</strong>")
                || body.contains("Showing the map as of");
    }

    private static void register(String page, String persona, String title) {
        PagesServlet.PAGES.putIfAbsent(page, new PagesServlet.DemoPage(page, title, "A persona of the performance run (docs/performance.md).",
                Map.of("persona", persona, "layout", "extended")));
    }

    private static Map<String, Samples> measure(WorkbenchServer workbench, List<Target> targets, int warmup, int rounds) throws Exception {
        URI base = workbench.baseUrl();
        URI css = base.resolve("static/workbench.css");
        Map<String, Samples> results = new LinkedHashMap<>();
        results.put("static", new Samples());
        for (Target t : targets) {
            results.put(t.id(), new Samples());
        }
        long start = System.nanoTime();
        for (int round = -warmup; round < rounds; round++) {
            for (Target t : targets) {
                long c0 = System.nanoTime();
                String cssBody = get(css);
                long cssNanos = System.nanoTime() - c0;
                if (t.flush()) {
                    workbench.cacheManager().flushAll();
                }
                long t0 = System.nanoTime();
                HttpResponse<String> response = send(base.resolve(t.path()));
                long nanos = System.nanoTime() - t0;
                String body = response.body();
                Samples s = results.get(t.id());
                boolean ok = response.statusCode() == 200 && t.ok().test(body);
                String what = null;
                if (!ok) {
                    // what the page did instead is a result of the run (counted in the table), not a reason to stop it
                    what = response.statusCode() != 200 ? "answered " + response.statusCode()
                            : t.mayTimeOut() && unavailable(body) ? "showed \"Jira could not be reached\"" : "showed something else";
                    if (round >= 0) {
                        s.failures.merge(what, 1, Integer::sum);
                    }
                    if (what.equals("showed something else")) { // the check or the data set is wrong: the run means nothing
                        throw new IllegalStateException(t.name() + " (" + t.path() + ") did not show what it should: "
                                + body.substring(0, Math.min(600, body.length())));
                    }
                }
                if (round == -warmup) {
                    System.out.printf(Locale.ROOT, "[perf]   %-60s %9.1f ms%s%n", t.name(), nanos / 1e6, ok ? "" : " (not shown: " + what + ")");
                }
                if (round >= 0) {
                    results.get("static").nanos.add(cssNanos);
                    results.get("static").bytes = cssBody.length();
                    if (ok) {
                        s.nanos.add(nanos);
                        s.bytes = body.getBytes(StandardCharsets.UTF_8).length;
                    } else {
                        s.unavailable++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "[perf] %s round %d of %d done (%.0f s)%n", round < 0 ? "warm-up" : "measured",
                    round < 0 ? round + warmup + 1 : round + 1, round < 0 ? warmup : rounds, (System.nanoTime() - start) / 1e9);
        }
        return results;
    }

    private static HttpResponse<String> send(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", AUTH).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String get(URI uri) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", AUTH).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.body();
    }

    private static List<GoalRow> goals() {
        List<GoalRow> g = new ArrayList<>();
        g.add(new GoalRow("issue page with panel, 6 links", "panel-page-6", null, "static", 12, "26× static"));
        g.add(new GoalRow("issue page with panel, 50 links", "panel-page-50", "panel-page-6", "the 6-link page", 0, "—"));
        g.add(new GoalRow("issue page with panel, 500 links", "panel-page-500", "panel-page-6", "the 6-link page", 1.5, "not measured"));
        g.add(new GoalRow("panel REST answer, 6 links", "panel-rest-6", null, "static", 4, "9×"));
        g.add(new GoalRow("panel REST answer, 500 links", "panel-rest-500", "panel-rest-6", "the 6-link answer", 0, "—"));
        g.add(new GoalRow("map page, 12 pieces of evidence (first view)", "map-first-12", null, "static", 25, "90×"));
        g.add(new GoalRow("map page, 1,000 pieces (first view)", "map-first-1000", "map-first-12", "the 12-piece map", 1.5, "—"));
        g.add(new GoalRow("map page, 10,000 pieces (first view)", "map-first-10000", "map-first-12", "the 12-piece map", 1.5, "—"));
        g.add(new GoalRow("map page, 100,000 pieces (first view)", "map-first-100000", "map-first-12", "the 12-piece map", 1.5, "~760 ms at 28,000"));
        g.add(new GoalRow("map page, repeat view with nothing changed, 12 pieces", "map-repeat-12", "map-first-12", "its first view", 0.5, "as a first view"));
        g.add(new GoalRow("map page, repeat view with nothing changed, 1,000 pieces", "map-repeat-1000", "map-first-1000", "its first view", 0.5, "as a first view"));
        g.add(new GoalRow("map page, repeat view, 10,000 pieces", "map-repeat-10000", "map-first-10000", "its first view", 0.5, "—"));
        g.add(new GoalRow("map page, repeat view, 100,000 pieces", "map-repeat-100000", "map-first-100000", "its first view", 0.5, "—"));
        g.add(new GoalRow("· map page, 1,000 pieces over 72 items, 810 quotes listed (first view)", "map-first-wide", "map-first-12", "the 12-piece map", 0, "—"));
        g.add(new GoalRow("· its repeat view", "map-repeat-wide", "map-first-wide", "its first view", 0, "—"));
        g.add(new GoalRow("evidence backlog page, 10,000 issues", "backlog-10000", "backlog-100", "its 100-issue case", 2, "—"));
        g.add(new GoalRow("· the host's issue search alone (same JQL), 10,000 issues", "jql-BKL", "jql-BKS", "its 100-issue case", 0, "—"));
        g.add(new GoalRow("evidence library page, 100,000 pieces", "library-100000", "library-100", "its 100-piece case", 2, "—"));
        return g;
    }

    private static String render(List<Target> targets, Map<String, Samples> results, String command, ZonedDateTime started, ZonedDateTime ended,
                                 String loadBefore, String loadAfter, int rounds, int warmup, String filled, java.util.Set<String> only) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
        double staticMedian = results.get("static").median();
        StringBuilder b = new StringBuilder();
        b.append("| | |\n|---|---|\n");
        b.append("| command | `").append(command).append("` |\n");
        b.append("| when | ").append(when.format(started)).append("–").append(DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).format(ended))
                .append(" UTC (").append(Duration.between(started, ended).toMinutes()).append(" min with the data sets) |\n");
        b.append("| machine | ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs (`nproc`), ").append(cpuModel()).append(", ")
                .append(memory()).append(" memory |\n");
        b.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(" |\n");
        b.append("| load average (1, 5, 15 min) | before ").append(loadBefore).append("; after ").append(loadAfter).append(" |\n");
        b.append("| data | ").append(filled).append(", beside the demo data; H2 embedded |\n");
        b.append("| rounds | ").append(rounds).append(" measured after ").append(warmup)
                .append(" warm-up; one client, sequential, `pm` with HTTP Basic; every request preceded by one to the static file |\n");
        if (only != null) {
            b.append("| rows | only ").append(String.join(", ", only)).append(" (`--only`): the other rows were not measured in this run |\n");
        }
        b.append('\n');
        b.append("| page or call | before (issue 14) | measured (median) | goal | met? |\n|---|---|---|---|---|\n");
        for (GoalRow g : goals()) {
            if (!results.containsKey(g.target()) || (g.against() != null && !results.containsKey(g.against()))) {
                continue; // not measured in this run (--only)
            }
            Samples s = results.get(g.target());
            double against = g.against() == null ? staticMedian : results.get(g.against()).median();
            double ratio = s.median() / against;
            String measured;
            String met;
            if (Double.isNaN(ratio)) {
                measured = "not shown in any view: " + describe(s.failures);
                met = g.goal() > 0 ? "**not met**" : "—";
            } else {
                measured = String.format(Locale.ROOT, "%s× %s", ratio(ratio), g.against() == null ? "static" : g.againstLabel())
                        + (g.against() == null ? "" : String.format(Locale.ROOT, " (%s× static)", ratio(s.median() / staticMedian)));
                met = g.goal() <= 0 ? "—" : ratio <= g.goal() ? "met" : "**not met**";
                if (s.unavailable > 0) {
                    measured += String.format(Locale.ROOT, "; %d of %d measured views not shown (%s)", s.unavailable, s.unavailable + s.nanos.size(), describe(s.failures));
                    met = g.goal() > 0 ? "**not met**" : met;
                }
            }
            String goal = g.goal() <= 0 ? "—" : "≤ " + ratio(g.goal()) + "× " + (g.against() == null ? "static" : g.againstLabel());
            b.append("| ").append(g.label()).append(" | ").append(g.before()).append(" | ").append(measured).append(" | ").append(goal)
                    .append(" | ").append(met).append(" |\n");
        }
        b.append("\n| target | median ms | p90 ms | × static (median) | size | measured views not shown |\n|---|---:|---:|---:|---:|---:|\n");
        Samples st = results.get("static");
        b.append(String.format(Locale.ROOT, "| `GET /static/workbench.css` (baseline) | %.2f | %.2f | 1.0 | %s | |%n", st.median() / 1e6, st.percentile(0.9) / 1e6,
                size(st.bytes)));
        for (Target t : targets) {
            Samples s = results.get(t.id());
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", t.name(), millis(s.median()), millis(s.percentile(0.9)),
                    ratio(s.median() / staticMedian), s.nanos.isEmpty() ? "—" : size(s.bytes), s.unavailable == 0 ? "0" : s.unavailable + " (" + describe(s.failures) + ")"));
        }
        return b.toString().stripTrailing();
    }

    private static String millis(double nanos) {
        return Double.isNaN(nanos) ? "—" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String describe(Map<String, Integer> failures) {
        List<String> parts = new ArrayList<>();
        failures.forEach((what, n) -> parts.add(what + " " + n + "×"));
        return String.join(", ", parts);
    }

    private static String ratio(double r) {
        if (Double.isNaN(r)) {
            return "—";
        }
        return r >= 100 ? String.format(Locale.ROOT, "%.0f", r) : r >= 10 ? String.format(Locale.ROOT, "%.1f", r) : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String size(long bytes) {
        return bytes >= 10 * 1024 ? (bytes / 1024) + " KiB" : bytes + " B";
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("CPU model unknown");
        } catch (IOException e) {
            return "CPU model unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
