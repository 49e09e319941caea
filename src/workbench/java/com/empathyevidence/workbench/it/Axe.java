package com.empathyevidence.workbench.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core from npm, injected into the page under test. The package is installed once into target/axe with
 * {@code npm install axe-core@4} (CI machines have node and npm; .ci/run installs them when missing).
 */
final class Axe {

    private static String script;

    private Axe() {
    }

    private static synchronized String script() throws Exception {
        if (script == null) {
            Path dir = Path.of(System.getProperty("axe.dir", "target/axe"));
            Path js = dir.resolve("node_modules/axe-core/axe.min.js");
            if (!Files.exists(js)) {
                Files.createDirectories(dir);
                Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir.toString(), "axe-core@4")
                        .redirectErrorStream(true).redirectOutput(dir.resolve("npm.log").toFile()).start();
                if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0 || !Files.exists(js)) {
                    throw new IllegalStateException("npm install axe-core@4 failed (is npm installed? see " + dir.resolve("npm.log") + ")");
                }
            }
            script = Files.readString(js, StandardCharsets.UTF_8);
        }
        return script;
    }

    /** The serious and critical violations on the current page, as "rule: help [targets]"; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + "    targets: v.nodes.map(function (n) { return n.target.join(' '); })}; }));"
                        + "}).catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]); });");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("targets"));
            }
        }
        return serious;
    }
}
