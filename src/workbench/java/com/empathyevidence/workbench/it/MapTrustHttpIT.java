package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.Test;

/**
 * The trust figure on a persona's map (issue 16): of the pieces the reader may see that are linked to open issues they
 * may see, the share that is fresh; in the map answer, on the macro's header, and in the map's version. A reader with
 * fewer permissions gets the figure over what they can see, said so, never a count of what is hidden from them.
 */
public class MapTrustHttpIT {

    private static long piece(String persona, String text, String project, int daysAgo, String issue) throws Exception {
        ObjectNode e = Api.evidence(text).put("personaKey", persona).put("projectKey", project)
                .put("observedOn", LocalDate.now().minusDays(daysAgo).toString());
        e.remove("project");
        long id = Api.createEvidence("pm", e).get("id").asLong();
        if (issue != null) {
            Api.ok(201, Api.post("/issues/" + issue + "/links", "pm", Api.object().put("evidenceId", id).put("relation", "SUPPORTS")));
        }
        return id;
    }

    private static JsonNode trust(String persona, String user) throws Exception {
        return Api.ok(200, Api.get("/personas/" + persona + "/map", user)).get("summary").get("trust");
    }

    @Test
    public void theMapCarriesTheShareOfFreshEvidenceBehindOpenWorkOverWhatTheReaderMaySee() throws Exception {
        String persona = Api.personaKey("TRUST");
        Api.createPersona(persona);
        String word = Api.unique("trust");
        piece(persona, "Fresh behind open work " + word, "DEMO", 10, "DEMO-30");
        long stale = piece(persona, "Stale behind open work " + word, "DEMO", 1500, "DEMO-31");
        piece(persona, "Fresh behind done work " + word, "DEMO", 10, "DEMO-48"); // DEMO-48 is done: not open work
        piece(persona, "Not linked at all " + word, "DEMO", 1500, null);
        piece(persona, "Billing piece behind open work " + word, "BILL", 1500, "BILL-30");

        JsonNode pm = trust(persona, "pm");
        assertEquals(pm.toString(), 1, pm.get("fresh").asInt());
        assertEquals(3, pm.get("total").asInt());
        assertEquals("rounded down: 1 of 3 is 33 %", 33, pm.get("percent").asInt());
        assertFalse(pm.get("partial").asBoolean());

        // the viewer may not browse BILL: the figure is over the two DEMO pieces behind open work, and says so
        JsonNode viewer = trust(persona, "viewer");
        assertEquals(1, viewer.get("fresh").asInt());
        assertEquals(2, viewer.get("total").asInt());
        assertEquals(50, viewer.get("percent").asInt());
        assertTrue(viewer.get("partial").asBoolean());

        // re-confirming the stale piece makes it fresh: the figure and the map's version change
        String path = "/rest/empathy/1.0/personas/" + persona + "/map";
        String before = Http.get(path, "pm").headers().firstValue("ETag").orElseThrow();
        Api.ok(201, Api.post("/evidence/" + stale + "/reconfirmations", "pm", Api.object().put("note", "Checked again " + word)));
        HttpResponse<String> after = Http.send(SharedWorkbench.url(path), "GET", null, null, "If-None-Match", before,
                "Authorization", Http.basic("pm", "pm"));
        assertEquals("a new figure is a new version", 200, after.statusCode());
        assertNotEquals(before, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(2, Http.json(after).get("summary").get("trust").get("fresh").asInt());
        assertEquals(66, Http.json(after).get("summary").get("trust").get("percent").asInt());
    }

    @Test
    public void theMacroSaysItOnTheMapHeaderAndTheReaderWithFewerPermissionsReadsItOverWhatTheyCanSee() throws Exception {
        String pm = Http.get("/wiki/spaces/RES/pages/accountant-map", "pm").body();
        assertTrue(pm, pm.matches("(?s).*<p class=\"empathy-map-trust\">\\d+ % of the evidence behind open work is fresh \\(\\d+ of \\d+ piec.*"));
        String viewer = Http.get("/wiki/spaces/RES/pages/accountant-map", "viewer").body();
        assertTrue(viewer, viewer.contains("<p class=\"empathy-map-trust\">"));
    }
}
