package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.put;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The issue property {@code empathy.evidence} (what JQL searches) is never out of date: every change that alters an
 * issue's summary rewrites it at once, for every affected issue, without waiting for the daily job. Each test reads
 * the property as Jira holds it (the issue page shows the stored value) right after one change.
 */
public class IssuePropertyIT {

    private static final Pattern PROPERTY = Pattern.compile("data-property=\"empathy.evidence\">([^<]*)<");

    /** The stored property of an issue, as JSON. */
    private static JsonNode property(String issueKey) throws Exception {
        String html = Http.get("/browse/" + issueKey, "admin").body();
        Matcher m = PROPERTY.matcher(html);
        assertTrue("no empathy.evidence property shown on " + issueKey, m.find());
        String json = m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
        return Http.JSON.readTree(json);
    }

    private static long piece(String participant, String sourceKind, int daysAgo) throws Exception {
        ObjectNode input = evidence("Summary trigger " + unique("Q"));
        input.put("sourceKind", sourceKind);
        input.put("observedOn", LocalDate.now().minusDays(daysAgo).toString());
        if (participant != null) {
            input.put("participantAlias", participant).put("participantConsent", true);
        }
        return createEvidence("pm", input).get("id").asLong();
    }

    private static void link(String issueKey, long evidenceId, String relation) throws Exception {
        ok(201, post("/issues/" + issueKey + "/links", "pm", object().put("evidenceId", evidenceId).put("relation", relation)));
    }

    private static String participant(String segment) throws Exception {
        String alias = unique("PROP");
        ObjectNode p = object().put("alias", alias).put("consent", true);
        if (segment != null) {
            p.put("segment", segment);
        }
        ok(201, post("/participants", "pm", p));
        return alias;
    }

    @Test
    public void retireAndReconfirmRewriteThePropertyAtOnce() throws Exception {
        String alias = participant("SMB");
        long fresh = piece(alias, "INTERVIEW", 5);
        long stale = piece(alias, "INTERVIEW", 400);
        link("DEMO-11", fresh, "SUPPORTS");
        link("DEMO-11", stale, "SUPPORTS");
        JsonNode before = property("DEMO-11");
        int count = before.get("count").asInt();
        int staleCount = before.get("staleCount").asInt();
        assertTrue(before.toString(), staleCount >= 1);

        ok(201, post("/evidence/" + stale + "/reconfirmations", "pm", object().put("note", "Still true in today's call")));
        JsonNode reconfirmed = property("DEMO-11");
        assertEquals(reconfirmed.toString(), staleCount - 1, reconfirmed.get("staleCount").asInt());
        assertEquals(LocalDate.now().toString(), reconfirmed.get("freshestOn").asText());

        ok(200, post("/evidence/" + fresh + "/retire", "pm", object().put("reason", "Superseded by a newer study")));
        assertEquals(count - 1, property("DEMO-11").get("count").asInt());
    }

    @Test
    public void aPolicyChangeRewritesThePropertyOfEveryIssueItMoves() throws Exception {
        // OTHER: a source kind the demo data's freshness does not depend on; restored whatever happens
        long aging = piece(participant("SMB"), "OTHER", 150);
        long second = piece(participant("ENT"), "OTHER", 150);
        link("DEMO-11", aging, "ADDRESSES");
        link("DEMO-12", second, "ADDRESSES");
        int before5 = property("DEMO-11").get("staleCount").asInt();
        int before7 = property("DEMO-12").get("staleCount").asInt();
        try {
            Map<String, Integer> shorter = new HashMap<>();
            shorter.put("OTHER", 100);
            ok(200, put("/policy/projects/DEMO", "admin", shorter));
            assertEquals("150 days old with a 100-day shelf life: stale", before5 + 1, property("DEMO-11").get("staleCount").asInt());
            assertEquals("every issue the change moves", before7 + 1, property("DEMO-12").get("staleCount").asInt());
        } finally {
            Map<String, Integer> clear = new HashMap<>();
            clear.put("OTHER", null);
            ok(200, put("/policy/projects/DEMO", "admin", clear));
        }
        assertEquals(before5, property("DEMO-11").get("staleCount").asInt());
    }

    @Test
    public void aParticipantChangeAndAnErasureRewriteThePropertyOfIssuesRestingOnThem() throws Exception {
        String first = participant(null);
        String second = participant(null);
        link("DEMO-13", piece(first, "USABILITY_TEST", 3), "SUPPORTS");
        link("DEMO-13", piece(second, "USABILITY_TEST", 3), "SUPPORTS");
        int before = property("DEMO-13").get("strength").asInt();

        // a segment adds diversity: the strength moves at once
        ok(200, put("/participants/" + first, "pm", object().put("segment", "Sole practitioner").put("version", 1)));
        int withSegment = property("DEMO-13").get("strength").asInt();
        assertTrue(before + " -> " + withSegment, withSegment > before);

        // erasure clears the segment again: back to the first figure, at once
        ok(200, post("/participants/" + first + "/erase", "admin", object().put("confirmAlias", first)));
        assertEquals(before, property("DEMO-13").get("strength").asInt());
    }

    @Test
    public void backingAndDeletingAMapItemRewriteThePropertyOfIssuesLinkingIt() throws Exception {
        String persona = Api.personaKey("PROP");
        Api.createPersona(persona);
        long item = ok(201, post("/personas/" + persona + "/items", "pm",
                object().put("section", "PAINS").put("statement", "Waits for the bank export"))).get("id").asLong();
        ok(201, post("/issues/DEMO-14/links", "pm", object().put("mapItemId", item).put("relation", "ADDRESSES")));
        int before = property("DEMO-14").get("count").asInt();

        ObjectNode input = evidence("Backing " + unique("B"));
        input.put("persona", persona);
        long backing = createEvidence("pm", input).get("id").asLong();
        ok(204, post("/personas/items/" + item + "/evidence", "pm", object().put("evidenceId", backing)));
        assertEquals(before + 1, property("DEMO-14").get("count").asInt());

        ok(204, Api.delete("/personas/items/" + item, "pm"));
        JsonNode after = property("DEMO-14");
        assertEquals(before, after.get("count").asInt());
        assertNotEquals(0, after.size());
    }
}
