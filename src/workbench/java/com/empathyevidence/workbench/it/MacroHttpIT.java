package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.web.PagesServlet;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.Test;

/** The map's project filter on both sides of the application link, and the macro's error states, over HTTP. */
public class MacroHttpIT {

    private static int evidenceIn(JsonNode map) {
        return map.get("summary").get("evidenceCount").asInt();
    }

    @Test
    public void theMapCanBeLimitedToSomeProjects() throws Exception {
        JsonNode all = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map", "pm"));
        JsonNode bill = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=bill", "pm"));
        JsonNode demo = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=DEMO", "pm"));
        assertEquals(1, evidenceIn(bill));
        assertEquals(evidenceIn(all), evidenceIn(bill) + evidenceIn(demo));
        assertEquals(0, bill.get("hidden").asInt());
        assertTrue(bill.toString().contains("The deal hinges on bank import."));
        assertFalse(demo.toString().contains("The deal hinges on bank import."));
    }

    @Test
    public void aProjectListThatIsNotOneIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=DEMO,%3Cscript%3E", "pm");
        assertEquals(400, response.statusCode());
        JsonNode error = Http.json(response).get("fieldErrors").get(0);
        assertEquals("projects", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("is not a Jira project key"));
    }

    @Test
    public void aViewerWhoMaySeeNoneOfTheFilteredEvidenceIsRefused() throws Exception {
        // viewer cannot browse BILL: limiting the map to BILL leaves nothing they may see
        assertEquals(403, Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=BILL", "viewer").statusCode());
        assertEquals(403, Http.get("/rest/empathy/1.0/personas/COLLECTIONS/map", "viewer").statusCode());
        assertEquals(200, Http.get("/rest/empathy/1.0/personas/COLLECTIONS/map", "pm").statusCode());
    }

    @Test
    public void theMacrosProjectsParameterReachesJira() throws Exception {
        PagesServlet.PAGES.putIfAbsent("accountant-billing", new PagesServlet.DemoPage("accountant-billing", "Amira: billing research only",
                "Only evidence from the Billing project.", Map.of("persona", "ACCOUNTANT", "projects", "BILL")));
        String html = Http.get("/wiki/spaces/RES/pages/accountant-billing", "pm").body();
        assertTrue(html.contains("1 piece of evidence from 1 participant"));
        assertTrue(html.contains("The deal hinges on bank import."));
        assertFalse(html.contains("Forty clients, every month."));
    }

    @Test
    public void aBadProjectsParameterSaysWhatToFix() throws Exception {
        PagesServlet.PAGES.putIfAbsent("bad-projects", new PagesServlet.DemoPage("bad-projects", "A typo in the projects field",
                "The macro's projects field is not a list of project keys.", Map.of("persona", "ACCOUNTANT", "projects", "DEMO; <b>BILL</b>")));
        String html = Http.get("/wiki/spaces/RES/pages/bad-projects", "pm").body();
        assertTrue(html, html.contains("Edit this macro and fix its Jira projects field: \u201cDEMO;\u201d is not a Jira project key."));
        assertFalse(html.contains("<b>BILL"));
    }

    @Test
    public void anUnknownPersonaListsThePersonasToChooseFrom() throws Exception {
        String html = Http.get("/wiki/spaces/RES/pages/missing-persona", "pm").body();
        assertTrue(html.contains("There is no persona with the key NOBODY in Jira."));
        assertTrue(html.contains("<li>Amira, the small-practice accountant (ACCOUNTANT)</li>"));
    }

    @Test
    public void exportsRenderTheStaticMapAndUnknownExportTypesAreNotFound() throws Exception {
        String pdf = Http.get("/wiki/spaces/RES/pages/accountant-map?output=pdf", "pm").body();
        assertTrue(pdf.contains("data-output-type=\"pdf\""));
        assertTrue(pdf.contains("empathy-map empathy-map-static"));
        assertFalse(pdf.contains("<script"));
        assertFalse(pdf.contains("<details"));
        assertEquals(404, Http.get("/wiki/spaces/RES/pages/accountant-map?output=exe", "pm").statusCode());
    }
}
