package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.JqlSearchIT.clear;
import static com.empathyevidence.workbench.it.JqlSearchIT.enc;
import static com.empathyevidence.workbench.it.JqlSearchIT.keys;
import static com.empathyevidence.workbench.it.JqlSearchIT.link;
import static com.empathyevidence.workbench.it.JqlSearchIT.piece;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;

/**
 * The evidence health page over real HTTP: the project page Jira renders from the sidebar, and the REST answer its
 * script asks for (filters, sorting, paging). Every page is the same question as the JQL it shows, asked of the
 * host's search as the reader: the rows are exactly what that JQL finds. DEMO-27 rests on one stale piece, DEMO-28 on
 * an aging piece and a contradicting one, DEMO-29 had evidence once and has none now.
 */
public class EvidenceHealthHttpIT {

    static final String PAGE = "/projects/DEMO?selectedItem=com.empathyevidence.evidence-health";
    private static final Pattern ROW = Pattern.compile("data-issue-key=\"([A-Z]+-\\d+)\"");

    @Before
    public void theOwnedIssuesHaveKnownEvidence() throws Exception {
        set();
    }

    static void set() throws Exception {
        for (String issue : List.of("DEMO-27", "DEMO-28", "DEMO-29")) {
            clear(issue);
        }
        link("DEMO-27", piece("USABILITY_TEST", LocalDate.of(2025, 12, 1)));
        link("DEMO-28", piece("INTERVIEW", LocalDate.now().minusDays(300)));
        long against = piece("SURVEY", LocalDate.now().minusDays(20));
        Api.ok(201, Api.post("/issues/DEMO-28/links", "pm", Api.object().put("evidenceId", against).put("relation", "CONTRADICTS")));
        link("DEMO-29", piece("INTERVIEW", LocalDate.now().minusDays(3)));
        clear("DEMO-29");
    }

    private static JsonNode health(String user, String project, String query) throws Exception {
        HttpResponse<String> r = Http.get(Http.REST + "/projects/" + project + "/health?" + query, user);
        assertEquals(r.body(), 200, r.statusCode());
        return Http.JSON.readTree(r.body());
    }

    private static List<String> rows(String html) {
        List<String> keys = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    public void eachFilterIsTheJqlItShowsAndFindsTheIssuesItNames() throws Exception {
        String[][] cases = {
                {"stale", "DEMO-27", "DEMO-28"},
                {"aging", "DEMO-28", "DEMO-27"},
                {"thin", "DEMO-27", "DEMO-29"},
                {"contradicted", "DEMO-28", "DEMO-27"},
                {"none", "DEMO-29", "DEMO-28"},
        };
        for (String[] c : cases) {
            JsonNode page = health("pm", "DEMO", "filter=" + c[0] + "&sort=key");
            String jql = page.get("jql").asText();
            assertTrue(jql, jql.startsWith("project = DEMO AND ") && jql.contains("issue.property[empathy.evidence]."));
            List<String> shown = rows(page.get("html").asText());
            assertTrue(c[0] + ": " + shown, shown.contains(c[1]));
            assertFalse(c[0] + ": " + shown, shown.contains(c[2]));
            List<String> found = keys("pm", jql);
            assertEquals("the page lists what its JQL finds: " + jql, found.subList(0, Math.min(25, found.size())), shown);
            assertTrue("the page links its JQL", page.get("html").asText().contains("href=\"../issues/?jql=" + enc(jql).replace("+", "%20")));
        }
        assertEquals("project = DEMO AND issue.property[empathy.evidence].staleCount > 0 ORDER BY key ASC",
                health("pm", "DEMO", "filter=stale&sort=key").get("jql").asText());
    }

    @Test
    public void rowsShowCountsStrengthWarningsAndTheFreshestDate() throws Exception {
        String html = health("pm", "DEMO", "filter=aging&sort=key").get("html").asText();
        int at = html.indexOf("data-issue-key=\"DEMO-28\"");
        String row = html.substring(at, html.indexOf("</tr>", at));
        JsonNode p = JqlSearchIT.property("DEMO-28");
        assertTrue(row, row.contains("<td data-aging>" + p.get("agingCount").asInt() + "</td>"));
        assertTrue(row, row.contains("<td data-stale>0</td>"));
        assertTrue(row, row.contains("<td data-fresh>" + (p.get("count").asInt() - p.get("agingCount").asInt() - p.get("staleCount").asInt()) + "</td>"));
        assertTrue(row, row.contains("<span class=\"empathy-health-score\">" + p.get("strength").asInt() + "</span>"));
        // the confidence grade the issue property holds, in plain words
        String level = switch (p.get("confidence").asText()) {
            case "HIGH" -> "High";
            case "MODERATE" -> "Moderate";
            case "LOW" -> "Low";
            case "VERY_LOW" -> "Very low";
            default -> throw new AssertionError("no confidence in " + p);
        };
        assertTrue(row, row.contains("<td data-confidence>" + level + "</td>"));
        assertTrue(html, html.contains("<th scope=\"col\">Research confidence</th>"));
        assertTrue(row, row.contains("Counter-evidence"));
        assertTrue(row, row.contains("href=\"../browse/DEMO-28\""));
        LocalDate freshest = LocalDate.parse(p.get("freshestOn").asText());
        assertTrue(row, row.contains(freshest.getDayOfMonth() + " "));
        assertFalse("counts, never content: no quote text on the page", html.contains("JQL search Q"));
    }

    @Test
    public void sortingAndPagingFollowTheIndexNotACountOfThePage() throws Exception {
        List<String> all = keys("pm", "project = DEMO ORDER BY key ASC");
        List<String> first = rows(health("pm", "DEMO", "filter=all&sort=key").get("html").asText());
        assertEquals(all.subList(0, Math.min(25, all.size())), first);
        int from = Math.max(1, all.size() - 3);
        String later = health("pm", "DEMO", "filter=all&sort=key&start=" + from).get("html").asText();
        assertEquals(all.subList(from, all.size()), rows(later));
        assertTrue(later, later.contains("empathy-health-previous"));
        assertFalse(later, later.contains("empathy-health-next"));
        List<String> descending = rows(health("pm", "DEMO", "filter=all&sort=key&order=desc").get("html").asText());
        assertEquals(all.get(all.size() - 1), descending.get(0));
        JsonNode byStrength = health("pm", "DEMO", "sort=strength");
        assertEquals(keys("pm", byStrength.get("jql").asText()).subList(0, rows(byStrength.get("html").asText()).size()),
                rows(byStrength.get("html").asText()));
    }

    @Test
    public void aReaderSeesOnlyProjectsAndIssuesTheyMayBrowse() throws Exception {
        HttpResponse<String> bill = Http.get(Http.REST + "/projects/BILL/health", "viewer");
        assertEquals(bill.body(), 404, bill.statusCode());
        assertEquals("Project BILL doesn\u2019t exist or you don\u2019t have permission to see it.", Http.JSON.readTree(bill.body()).get("message").asText());
        HttpResponse<String> missing = Http.get(Http.REST + "/projects/NOPE/health", "viewer");
        assertEquals(404, missing.statusCode());
        assertEquals(200, Http.get(Http.REST + "/projects/BILL/health", "pm").statusCode());
        assertEquals(401, Http.get(Http.REST + "/projects/DEMO/health", null).statusCode());
        HttpResponse<String> page = Http.get("/projects/BILL?selectedItem=com.empathyevidence.evidence-health", "viewer");
        assertEquals(404, page.statusCode());
        assertFalse(page.body(), page.body().contains("empathy-evidence-health"));
    }

    @Test
    public void theProjectPageFromTheSidebarAndThePanelsLinkToIt() throws Exception {
        HttpResponse<String> page = Http.get(PAGE, "pm");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html, html.contains("id=\"evidence-health-link\" href=\"/projects/DEMO?selectedItem=com.empathyevidence.evidence-health\" aria-current=\"page\""));
        assertTrue(html, html.contains("<h2 id=\"empathy-health-heading\" tabindex=\"-1\">Evidence health \u2014 Invoicing</h2>"));
        assertTrue("the page's script is included", html.contains("evidence-health.js"));
        assertTrue(html, ROW.matcher(html).find());
        // the first page, weakest first: which issues it starts with depends on the issues other tests made without
        // evidence, so the page is checked against the REST answer of the same question (its other pages come from there)
        assertEquals(25, rows(html).size());
        assertEquals(rows(health("pm", "DEMO", "filter=all&sort=strength&order=asc&start=0").get("html").asText()), rows(html));
        String issue = Http.get("/browse/DEMO-27", "pm").body();
        assertTrue(issue, issue.contains("href=\"../projects/DEMO?selectedItem=com.empathyevidence.evidence-health\">Evidence health of this project</a>"));
    }
}
