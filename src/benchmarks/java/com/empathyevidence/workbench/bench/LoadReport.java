package com.empathyevidence.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the Gatling reports of the load test ({@code target/load/app-N/...} and {@code target/load/baseline-N/...},
 * each report's {@code js/stats.js}: the report's statistics object, a JavaScript literal) and prints the tables of docs/load.md: per action and number of users, p50, p90
 * and p99 of all requests (ok and failed) in milliseconds and the error rate, with the app and baseline, and the p90
 * ratio app / baseline. Not a test: src/benchmarks/load runs it after the steps.
 */
public final class LoadReport {

    private LoadReport() {
    }

    record Stats(long requests, long errors, double p50, double p90, double p99) {
        String cells() {
            return String.format("%.0f | %.0f | %.0f | %s", p50, p90, p99, errors == 0 ? "0 of " + requests
                    : String.format("%.2f %% (%d of %d)", 100.0 * errors / requests, errors, requests));
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/load");
        Map<String, Map<String, Stats>> steps = new LinkedHashMap<>(); // "app-20" -> action -> stats
        TreeSet<Integer> users = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                String name = dir.getFileName().toString();
                if (!Files.isDirectory(dir) || !name.matches("(app|baseline)-\\d+")) {
                    continue;
                }
                Path stats = latestStats(dir);
                if (stats != null) {
                    steps.put(name, read(stats));
                    users.add(Integer.parseInt(name.substring(name.indexOf('-') + 1)));
                }
            }
        }
        System.out.println("| action | users | app p50 | app p90 | app p99 | app errors | baseline p50 | baseline p90 | baseline p99 | baseline errors | p90 app / baseline |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int u : users) {
            Map<String, Stats> app = steps.getOrDefault("app-" + u, Map.of());
            Map<String, Stats> base = steps.getOrDefault("baseline-" + u, Map.of());
            List<String> actions = new ArrayList<>(app.keySet());
            base.keySet().stream().filter(a -> !actions.contains(a)).forEach(actions::add);
            for (String action : actions) {
                Stats a = app.get(action);
                Stats b = base.get(action);
                String ratio = a != null && b != null && b.p90 > 0 ? String.format("%.2f", a.p90 / b.p90) : "n/a";
                System.out.printf("| %s | %d | %s | %s | %s |%n", action, u, a == null ? "- | - | - | -" : a.cells(),
                        b == null ? "- | - | - | -" : b.cells(), ratio);
            }
        }
        System.out.println();
        System.out.println("Milliseconds, all requests (ok and failed) of each step; from Gatling's js/stats.js under " + root + ".");
    }

    private static Path latestStats(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals("stats.js") && p.getParent().getFileName().toString().equals("js"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
    }

    private static Map<String, Stats> read(Path stats) throws IOException {
        String js = Files.readString(stats);
        int from = js.indexOf('{');
        int to = js.indexOf("\nfunction");
        String literal = js.substring(from, to < 0 ? js.length() : to).trim();
        if (literal.endsWith(";")) {
            literal = literal.substring(0, literal.length() - 1);
        }
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);
        JsonNode root = mapper.readTree(literal);
        Map<String, Stats> out = new LinkedHashMap<>();
        JsonNode contents = root.path("contents");
        for (var it = contents.fields(); it.hasNext(); ) {
            JsonNode request = it.next().getValue();
            out.put(request.path("name").asText(), stats(request.path("stats")));
        }
        out.put("all requests", stats(root.path("stats")));
        return out;
    }

    private static Stats stats(JsonNode s) {
        return new Stats(s.path("numberOfRequests").path("total").asLong(), s.path("numberOfRequests").path("ko").asLong(),
                s.path("percentiles1").path("total").asDouble(), s.path("percentiles2").path("total").asDouble(),
                s.path("percentiles4").path("total").asDouble());
    }
}
