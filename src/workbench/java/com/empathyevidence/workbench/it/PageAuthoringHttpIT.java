package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Page authoring over HTTP: the macro editor's choices come from Jira as the author (a restricted author gets only
 * the projects they may browse); a saved page is stored in storage format and rendered by calling the macro with
 * its parameters, everything from the body escaped; a body that is not storage format is refused with the typed
 * title kept.
 */
public class PageAuthoringHttpIT {

    private static final String CREATE = "/wiki/pages/createpage.action?spaceKey=RES";

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.forEach(n -> keys.add(n.path("key").asText()));
        return keys;
    }

    private static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            s.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    @Test
    public void theEditorsChoicesAreWhatJiraLetsTheAuthorSee() throws Exception {
        JsonNode pm = Http.JSON.readTree(Http.get("/rest/empathy-map/1.0/macro-options", "pm").body());
        JsonNode viewer = Http.JSON.readTree(Http.get("/rest/empathy-map/1.0/macro-options", "viewer").body());
        assertEquals(List.of("DEMO", "BILL", "PHASE"), keys(pm.path("projects")));
        assertEquals("Billing platform", pm.path("projects").get(1).path("name").asText());
        assertEquals("viewer may not browse BILL", List.of("DEMO", "PHASE"), keys(viewer.path("projects")));
        List<String> jira = new ArrayList<>();
        Api.ok(200, Api.get("/personas", "viewer")).forEach(p -> {
            if (!p.path("retired").asBoolean(false)) {
                jira.add(p.path("key").asText());
            }
        });
        assertEquals(jira, keys(viewer.path("personas")));
        assertEquals("Choose a persona", viewer.path("texts").path("choosePersona").asText());
    }

    @Test
    public void aSavedPageIsStoredAndRenderedByCallingTheMacroWithEverythingEscaped() throws Exception {
        String title = Api.unique("Hostile <b>title</b>");
        String body = "<ac:structured-macro ac:name=\"empathy-map\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"persona\">ACCOUNTANT</ac:parameter><ac:parameter ac:name=\"layout\">classic</ac:parameter>"
                + "</ac:structured-macro><ac:structured-macro ac:name=\"no-such-macro\"></ac:structured-macro>";
        HttpResponse<String> saved = Http.post(CREATE, "pm", "application/x-www-form-urlencoded",
                form("title", title, "intro", "<script>alert(1)</script> & more", "body", body));
        assertEquals(saved.body(), 302, saved.statusCode());
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.startsWith("/wiki/spaces/RES/pages/hostile-b-title-b-"));
        HttpResponse<String> page = Http.get(location, "pm");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assertFalse(html.contains("<script>alert(1)"));
        assertFalse(html.contains("<b>title</b>"));
        assertTrue("the macro called with its parameters", html.contains("Amira, the small-practice accountant"));
        assertTrue("classic layout: four sections", html.contains("empathy-map-section-says") && !html.contains("empathy-map-section-gains"));
        assertTrue(html.contains("Unknown macro: &#39;no-such-macro&#39;") || html.contains("Unknown macro: 'no-such-macro'"));
    }

    @Test
    public void aBodyThatIsNotStorageFormatIsRefusedAndTheTitleKept() throws Exception {
        HttpResponse<String> refused = Http.post(CREATE, "pm", "application/x-www-form-urlencoded",
                form("title", "Kept title", "intro", "Kept paragraph", "body", "<ac:structured-macro ac:name=\"empathy-map\">"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Macros: the inserted macros could not be read."));
        assertTrue(refused.body().contains("value=\"Kept title\""));
        assertTrue(refused.body().contains(">Kept paragraph</textarea>"));
        HttpResponse<String> untitled = Http.post(CREATE, "pm", "application/x-www-form-urlencoded", form("title", " ", "body", ""));
        assertEquals(400, untitled.statusCode());
        assertTrue(untitled.body().contains("Title: give the page a title."));
    }

    @Test
    public void signedOutAuthorsAreSentToSignIn() throws Exception {
        HttpResponse<String> anonymous = Http.get(CREATE, null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").startsWith("/login?next="));
    }
}
