package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * The workbench's clock ({@code POST /workbench/clock}) moving the app's "today" without waiting, on a workbench
 * process of its own (moving time on the shared one would move it under every other test): evidence turns stale after
 * its shelf life, and the next weeks' digests carry the open re-confirmation requests (issue 16) and the resolved
 * issues addressing a pain (issue 17, closing the loop) to the owners who may browse them, once.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class WorkbenchClockIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final LocalDate REAL_TODAY = LocalDate.now();
    private static WorkbenchProcess process;
    private static URI base;
    private static Path data;

    @BeforeClass
    public static void start() throws Exception {
        data = Files.createTempDirectory("clock-it");
        process = WorkbenchProcess.start(List.of("-Xmx384m"), "--data", data.resolve("wb").toString(), "--port", "0");
        base = process.awaitStarted();
        // The node's first runs go on on the scheduler's thread after the start (the weekly digest's among them): a
        // digest sent today while a test below sets up would carry what that test expects next week's to. Running the
        // jobs waits for them, so nothing runs on its own from here on.
        runJobs();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (process != null) {
            process.close();
        }
    }

    private static HttpResponse<String> call(String method, String path, String user, String contentType, String body) throws Exception {
        return user == null ? Http.send(base.resolve(path.substring(1)), method, contentType, body)
                : Http.send(base.resolve(path.substring(1)), method, contentType, body, "Authorization", Http.basic(user, user));
    }

    private static JsonNode rest(int status, String method, String path, String user, String json) throws Exception {
        HttpResponse<String> r = call(method, "/rest/empathy/1.0" + path, user, json == null ? null : "application/json", json);
        assertEquals(r.body(), status, r.statusCode());
        return r.body().isEmpty() ? null : Http.JSON.readTree(r.body());
    }

    private static String setClock(String day) throws Exception {
        HttpResponse<String> r = call("POST", "/workbench/clock", "admin", "application/x-www-form-urlencoded", "today=" + day);
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    private static void runJobs() throws Exception {
        HttpResponse<String> r = call("POST", "/workbench/run-jobs", "admin", "application/x-www-form-urlencoded", "");
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("com.empathyevidence.evidence-digest.weekly: SUCCESS"));
    }

    private static List<String> bodiesTo(String address) throws Exception {
        HttpResponse<String> outbox = call("GET", "/workbench/outbox?format=json", "admin", null, null);
        assertEquals(outbox.body(), 200, outbox.statusCode());
        List<String> found = new ArrayList<>();
        for (JsonNode m : Http.JSON.readTree(outbox.body())) {
            if (m.get("to").asText().equals(address)) {
                found.add(m.get("subject").asText() + "\n" + m.get("body").asText());
            }
        }
        return found;
    }

    private static void resolve(String issue) throws Exception {
        HttpResponse<String> r = call("POST", "/rest/api/2/issue/" + issue + "/transitions", "admin", "application/json",
                "{\"transition\":{\"id\":\"" + WorkflowHttpIT.DONE + "\"}}");
        assertEquals(r.body(), 204, r.statusCode());
    }

    @Test
    public void a_theClockIsForAdministratorsAndSaysWhichDayItIs() throws Exception {
        assertEquals(403, call("GET", "/workbench/clock", "pm", null, null).statusCode());
        assertEquals(403, call("POST", "/workbench/clock", "pm", "application/x-www-form-urlencoded", "today=2030-01-01").statusCode());
        assertEquals(403, call("POST", "/workbench/clock", null, "application/x-www-form-urlencoded", "today=2030-01-01").statusCode());
        HttpResponse<String> now = call("GET", "/workbench/clock", "admin", null, null);
        assertEquals("Today is " + REAL_TODAY + " (the machine's date)\n", now.body());
        HttpResponse<String> bad = call("POST", "/workbench/clock", "admin", "application/x-www-form-urlencoded", "today=next+week");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("Cannot set the clock to next week: give the day as YYYY-MM-DD"));
    }

    @Test
    public void a_startOptionTodayTakesADayAndRefusesAnythingElse() {
        assertEquals("2027-01-15", com.empathyevidence.workbench.Workbench.options("--today", "2027-01-15").today());
        try {
            com.empathyevidence.workbench.Workbench.options("--today", "tomorrow");
            org.junit.Assert.fail("took --today tomorrow");
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().startsWith("Cannot use --today tomorrow: give the day as YYYY-MM-DD, e.g. 2027-01-15."));
        }
    }

    @Test
    public void b_evidenceTurnsStaleAfterItsShelfLifeWhenTheClockMovesOn() throws Exception {
        long id = rest(201, "POST", "/evidence", "pm", Api.evidence("Clock test " + UUID.randomUUID()).toString()).get("id").asLong();
        assertEquals("FRESH", rest(200, "GET", "/evidence/" + id, "pm", null).get("freshness").asText());
        assertEquals("Today is " + REAL_TODAY.plusYears(3) + " (set)\n", setClock(REAL_TODAY.plusYears(3).toString()));
        assertEquals("STALE", rest(200, "GET", "/evidence/" + id, "pm", null).get("freshness").asText());
        assertEquals("Today is " + REAL_TODAY + " (the machine's date)\n", setClock(""));
        assertEquals("FRESH", rest(200, "GET", "/evidence/" + id, "pm", null).get("freshness").asText());
    }

    @Test
    public void c_theNextWeeksDigestTellsTheOpenRequestsAndTheResolvedIssuesOnceToWhoMayBrowseThem() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        // pm's piece and one handed to the viewer (who may not browse BILL) back the pain "Reconciling invoices takes days"
        String persona = "CLOCK-" + word.toUpperCase(Locale.ROOT);
        rest(201, "POST", "/personas", "pm", "{\"key\":\"" + persona + "\",\"name\":\"Clara\",\"description\":\"The clock test's persona.\"}");
        long pain = rest(201, "POST", "/personas/" + persona + "/items", "pm",
                "{\"section\":\"PAINS\",\"statement\":\"Reconciling invoices takes days " + word + "\"}").get("id").asLong();
        long pms = rest(201, "POST", "/evidence", "pm", Api.evidence("Three days every month " + word).toString()).get("id").asLong();
        long viewers = rest(201, "POST", "/evidence", "pm", Api.evidence("The worst week of the month " + word).toString()).get("id").asLong();
        rest(204, "POST", "/personas/items/" + pain + "/evidence", "pm", "{\"evidenceId\":" + pms + "}");
        rest(204, "POST", "/personas/items/" + pain + "/evidence", "pm", "{\"evidenceId\":" + viewers + "}");
        rest(200, "POST", "/ownership/hand-over", "pm", "{\"evidenceIds\":[" + viewers + "],\"owner\":\"viewer\"}");
        rest(201, "POST", "/issues/DEMO-53/links", "pm", "{\"mapItemId\":" + pain + ",\"relation\":\"ADDRESSES\"}");
        rest(201, "POST", "/issues/BILL-30/links", "pm", "{\"evidenceId\":" + viewers + ",\"relation\":\"ADDRESSES\"}");
        rest(201, "POST", "/ownership/evidence/" + pms + "/requests", "admin", "{\"note\":\"Still true after the redesign? " + word + "\"}");
        resolve("DEMO-53");
        resolve("BILL-30");
        int pmBefore = bodiesTo("pm@example.com").size();
        int viewerBefore = bodiesTo("viewer@example.com").size();

        // a week later: that week's digest
        setClock(REAL_TODAY.plusWeeks(1).toString());
        runJobs();
        List<String> pm = bodiesTo("pm@example.com");
        assertEquals(pmBefore + 1, pm.size());
        String mine = pm.get(0); // the outbox lists the newest first
        assertTrue(mine, mine.contains("\u201cThree days every month " + word + "\u201d (DEMO): Alex Admin asked on " + DAY.format(REAL_TODAY)
                + ": \u201cStill true after the redesign? " + word + "\u201d"));
        assertTrue(mine, mine.contains("DEMO-53 (\u201cLet accountants pause a client's reminders\u201d) was resolved on " + DAY.format(REAL_TODAY)
                + ". It addresses this pain from your research:\n    \u201cReconciling invoices takes days " + word + "\u201d"));
        assertTrue(mine, mine.contains(base + "browse/DEMO-53"));
        // BILL-30 addresses the same pain (through the viewer's piece behind it): pm, who may browse it, is told of it too
        assertTrue(mine, mine.contains("2 issues addressing pains your evidence backs were resolved since the last digest:"));
        assertTrue(mine, mine.contains("BILL-30 (\u201cExplain a failed payment to the customer\u201d) was resolved on "));

        List<String> viewer = bodiesTo("viewer@example.com");
        assertEquals(viewerBefore + 1, viewer.size());
        String theirs = viewer.get(0);
        assertTrue(theirs, theirs.startsWith("Your evidence at work: 1 issue addressing a pain was resolved\nHello "));
        assertTrue(theirs, theirs.contains("DEMO-53 ("));
        assertFalse("the viewer may not browse BILL-30: " + theirs, theirs.contains("BILL-30"));
        assertFalse(theirs, theirs.contains("Still true after the redesign"));
        // only resolved issues: the ending asks nothing of them (no "open an issue above")
        assertFalse(theirs, theirs.contains("open an issue above"));
        assertTrue(theirs, theirs.contains("\nNothing of yours needs re-confirming this week: this message only tells you what your research helped resolve.\n"));
        assertTrue(mine, DigestHttpIT.endingFits(mine));

        // the same week again: nothing more; the week after: the resolutions are not told twice, the open request is
        runJobs();
        assertEquals(pmBefore + 1, bodiesTo("pm@example.com").size());
        setClock(REAL_TODAY.plusWeeks(2).toString());
        runJobs();
        List<String> later = bodiesTo("pm@example.com");
        assertEquals(pmBefore + 2, later.size());
        assertFalse(later.get(0), later.get(0).contains("DEMO-53"));
        assertTrue(later.get(0).contains("Still true after the redesign? " + word));
        assertTrue(later.get(0), DigestHttpIT.endingFits(later.get(0)));
        assertEquals("the viewer has nothing new to hear", viewerBefore + 1, bodiesTo("viewer@example.com").size());
        setClock("");
    }
}
