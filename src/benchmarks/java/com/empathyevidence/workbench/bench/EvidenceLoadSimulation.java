package com.empathyevidence.workbench.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test of the app's own actions (docs/load.md), as the Data Center App Performance Toolkit measures an app: a
 * fixed number of concurrent virtual users, each signed in as {@code pm} (HTTP Basic), looping for a fixed duration
 * through: view an issue with the panel, search the evidence library (the link dialog's REST call), add evidence to an
 * issue, link that existing evidence to another issue, view a Confluence page with the empathy-map macro, view another
 * issue; a think time between actions. Users are spread round robin over the base URLs (one per node).
 *
 * <p>System properties: {@code load.baseUrls} (comma-separated, default {@code http://localhost:3110}), {@code load.users}
 * (20), {@code load.seconds} (60), {@code load.personas} (100: LoadData's evidence / 1,000), {@code load.thinkMillis} (mean think time, 1000; uniform from half to one and a half),
 * {@code load.mode} ({@code app}: the pages must carry the panel and the macro; {@code baseline}: the workbench runs with
 * {@code --host-page-only} and the pages must not). Every check that fails counts as an error of its action.
 */
public class EvidenceLoadSimulation extends Simulation {

    static final List<String> BASE_URLS = Arrays.asList(System.getProperty("load.baseUrls", "http://localhost:3110").split(","));
    static final int USERS = Integer.getInteger("load.users", 20);
    static final int SECONDS = Integer.getInteger("load.seconds", 60);
    static final long THINK = Long.getLong("load.thinkMillis", 1000L);
    /** The personas LoadData made: LOAD-1 .. LOAD-{@code load.personas} (its evidence / 1,000). */
    static final int PERSONAS = Integer.getInteger("load.personas", 100);
    static final boolean APP = !"baseline".equals(System.getProperty("load.mode", "app"));
    /** The issues whose pages are viewed: their links stay as the demo made them (writes go elsewhere). */
    static final String[] VIEWED = {"DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5"};
    static final String[] PAGES = {"accountant-map", "freelancer-map"};
    /** The issues evidence is added to and linked to (never viewed, so the viewed pages do not grow during a run). */
    static final int FIRST_WRITTEN = 6;
    static final int WRITTEN = 13;
    static final String[] WORDS = {"invoice", "month end", "ledger", "load study", "round 3", "chasing", "numbers", "session"};
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    HttpProtocolBuilder protocol = http.baseUrls(BASE_URLS)
            .authorizationHeader("Basic " + Base64.getEncoder().encodeToString("pm:pm".getBytes(StandardCharsets.UTF_8)))
            .acceptLanguageHeader("en")
            .userAgentHeader("Empathy Evidence load test (Gatling)")
            .disableCaching()
            .shareConnections();

    static ChainBuilder think() {
        return io.gatling.javaapi.core.CoreDsl.pause(Duration.ofMillis(THINK / 2), Duration.ofMillis(THINK * 3 / 2));
    }

    static CheckBuilder present(String marker) {
        return APP ? substring(marker).exists() : substring(marker).notExists();
    }

    static ChainBuilder viewIssue() {
        return io.gatling.javaapi.core.CoreDsl.exec(session -> session.set("viewed", VIEWED[ThreadLocalRandom.current().nextInt(VIEWED.length)]))
                .exec(http("view issue").get("/browse/#{viewed}")
                        .check(status().is(200), substring("id=\"viewissuesidebar\"").exists(), present("evidence-panel-web-panel")));
    }

    ScenarioBuilder scenario = scenario(APP ? "with the app" : "baseline (host pages only)")
            .exec(session -> {
                long n = SEQUENCE.incrementAndGet();
                return session.set("n", RUN + "-" + n)
                        .set("addTo", "DEMO-" + (FIRST_WRITTEN + n % WRITTEN))
                        .set("linkTo", "DEMO-" + (FIRST_WRITTEN + (n + 1 + n / WRITTEN % (WRITTEN - 1)) % WRITTEN))
                        .set("q", WORDS[(int) (n % WORDS.length)].replace(" ", "%20"))
                        .set("persona", "LOAD-" + (1 + n % PERSONAS))
                        .set("page", PAGES[(int) (n % PAGES.length)])
                        .set("today", LocalDate.now().toString());
            })
            .exec(viewIssue()).exec(think())
            .exec(http("search library").get("/rest/empathy/1.0/evidence?q=#{q}&persona=#{persona}&limit=20&start=0")
                    .check(status().is(200), jsonPath("$.items[0].id").exists()))
            .exec(think())
            .exec(http("add evidence").post("/rest/empathy/1.0/issues/#{addTo}/evidence")
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"text\":\"Load test quote #{n}: I chase the same three invoice numbers every month end.\","
                            + "\"kind\":\"QUOTE\",\"section\":\"PAINS\",\"sourceKind\":\"INTERVIEW\",\"sourceTitle\":\"Load test interviews\","
                            + "\"participantAlias\":\"LP-00001\",\"personaKey\":\"LOAD-1\",\"projectKey\":\"DEMO\","
                            + "\"observedOn\":\"#{today}\",\"relation\":\"SUPPORTS\"}"))
                    .check(status().is(201), jsonPath("$.evidence.id").saveAs("added")))
            .exec(think())
            .exec(http("link existing evidence").post("/rest/empathy/1.0/issues/#{linkTo}/links")
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"evidenceId\":#{added},\"relation\":\"SUPPORTS\"}"))
                    .check(status().is(201)))
            .exec(think())
            .exec(http("view map page").get("/wiki/spaces/RES/pages/#{page}")
                    .check(status().is(200), substring("id=\"title-text\"").exists(), present("data-macro-name=\"empathy-map\"")))
            .exec(think())
            .exec(viewIssue()).exec(think());

    {
        setUp(scenario.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol);
    }
}
