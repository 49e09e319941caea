package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.WorkbenchServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.Test;

/**
 * validation (issue 17), over HTTP: the workbench's Jira plays Jira's create issue ({@code POST /rest/api/2/issue}: its
 * Create issues check and its {errorMessages, errors} body); Jira's {@code POST /validation-tasks} links the new issue
 * ADDRESSES to an assumption (edit permission, JSON only, assumptions only) and the map shows it with its status (and
 * a new version); Confluence's {@code POST /items/{id}/validation-tasks} does both as the viewing user, and says each
 * refusal in plain words. Each test makes its own persona and items.
 */
public class ValidationTaskHttpIT {

    static final String MAP_REST = MapWritesHttpIT.MAP_REST;
    static final String CREATE = "/rest/api/2/issue";

    private static String createBody(String project, String type, String summary) {
        ObjectNode fields = Api.object();
        fields.putObject("project").put("key", project);
        fields.putObject("issuetype").put("name", type);
        fields.put("summary", summary);
        ObjectNode body = Api.object();
        body.set("fields", fields);
        return body.toString();
    }

    private static HttpResponse<String> create(String user, String body) throws Exception {
        return Http.send("POST", CREATE, user, Api.JSON_TYPE, body);
    }

    /** A persona of its own with one assumption (returned: its id) and one item backed by evidence (second). */
    private static long[] personaWithItems(String persona) throws Exception {
        Api.createPersona(persona);
        long assumption = Api.ok(201, Api.post("/personas/" + persona + "/items", "pm",
                Api.object().put("section", "FEELS").put("statement", "Fears losing unsaved work " + persona))).get("id").asLong();
        long backed = Api.ok(201, Api.post("/personas/" + persona + "/items", "pm",
                Api.object().put("section", "PAINS").put("statement", "Re-keys every invoice " + persona))).get("id").asLong();
        ObjectNode e = Api.evidence("I type every invoice twice " + persona);
        e.put("persona", persona);
        long evidence = Api.createEvidence("pm", e).get("id").asLong();
        Api.ok(204, Api.post("/personas/items/" + backed + "/evidence", "pm", Api.object().put("evidenceId", evidence)));
        return new long[] {assumption, backed};
    }

    private static JsonNode item(JsonNode map, long id) {
        for (JsonNode section : map.get("sections")) {
            for (JsonNode item : section.get("items")) {
                if (item.get("id").asLong() == id) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + id + " in " + map);
    }

    // ------------------------------------------------------------------------------------------ Jira's create issue

    @Test
    public void jirasCreateIssueChecksAndAnswersAsJiraDoes() throws Exception {
        SharedWorkbench.get();
        String summary = "Validate: " + Api.unique("create");
        assertEquals(401, create(null, createBody("DEMO", "Task", summary)).statusCode());
        HttpResponse<String> plain = Http.send("POST", CREATE, "pm", "text/plain", createBody("DEMO", "Task", summary));
        assertEquals(415, plain.statusCode());
        assertTrue(Http.json(plain).get("errorMessages").isArray());

        // created: 201 with id, key and self; the issue's page shows it, numbered after the project's issues
        HttpResponse<String> made = create("pm", createBody("DEMO", "Task", summary));
        assertEquals(made.body(), 201, made.statusCode());
        JsonNode issue = Http.json(made);
        String key = issue.get("key").asText();
        assertTrue(key, key.matches("DEMO-\\d+") && Integer.parseInt(key.substring(5)) > 54);
        assertTrue(issue.get("self").asText().endsWith(CREATE + "/" + issue.get("id").asText()));
        HttpResponse<String> page = Http.get("/browse/" + key, "pm");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(summary));

        // every field error under its field
        HttpResponse<String> empty = create("pm", "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Epic saga\"},\"summary\":\" \"}}");
        assertEquals(400, empty.statusCode());
        JsonNode errors = Http.json(empty).get("errors");
        assertEquals("The issue type selected is invalid.", errors.get("issuetype").asText());
        assertEquals("You must specify a summary of the issue.", errors.get("summary").asText());
        assertEquals(0, Http.json(empty).get("errorMessages").size());
        JsonNode missing = Http.json(create("pm", "{\"fields\":{}}")).get("errors");
        assertEquals("project is required", missing.get("project").asText());
        assertEquals("issue type is required", missing.get("issuetype").asText());
        JsonNode twoLines = Http.json(create("pm", createBody("DEMO", "Task", "two\nlines"))).get("errors");
        assertEquals("The summary is invalid because it contains newline characters.", twoLines.get("summary").asText());

        // Jira's Create issues check: the viewer browses DEMO but may not create there; BILL does not exist for them
        HttpResponse<String> noPermission = create("viewer", createBody("DEMO", "Task", summary));
        assertEquals(400, noPermission.statusCode());
        assertEquals("You do not have permission to create issues in this project.",
                Http.json(noPermission).get("errorMessages").get(0).asText());
        HttpResponse<String> hidden = create("viewer", createBody("BILL", "Task", summary));
        assertEquals(400, hidden.statusCode());
        assertEquals("The value 'BILL' does not exist for the field 'project'.", Http.json(hidden).get("errorMessages").get(0).asText());

        // nothing was created by the refusals: the next issue takes the next number (by id of its type, too)
        String next = Http.json(create("pm", createBody("DEMO", "10002", summary + " again"))).get("key").asText();
        assertEquals("DEMO-" + (Integer.parseInt(key.substring(5)) + 1), next);
    }

    @Test
    public void eachProjectTakesOnlyTheIssueTypesOfItsSchemeAsJiraChecksThem() throws Exception {
        SharedWorkbench.get();
        String summary = "Validate: " + Api.unique("scheme");
        // Jira has Improvement (DEMO takes it), but BILL's issue type scheme leaves it out: Jira's field error, by name or id
        for (String type : new String[] {"Improvement", "10004"}) {
            HttpResponse<String> refused = create("pm", createBody("BILL", type, summary));
            assertEquals(type, 400, refused.statusCode());
            JsonNode body = Http.json(refused);
            assertEquals(0, body.get("errorMessages").size());
            assertEquals(1, body.get("errors").size());
            assertEquals("The issue type selected is invalid.", body.get("errors").get("issuetype").asText());
        }
        // PHASE has no Task
        assertEquals("The issue type selected is invalid.",
                Http.json(create("admin", createBody("PHASE", "Task", summary))).get("errors").get("issuetype").asText());
        // DEMO takes Improvement
        assertEquals(201, create("pm", createBody("DEMO", "Improvement", summary)).statusCode());

        // from the map, the same refusal in plain words, naming the type and the project; no issue is made
        String persona = Api.personaKey("VTS");
        long assumption = personaWithItems(persona)[0];
        String path = MAP_REST + "/items/" + assumption + "/validation-tasks?persona=" + persona;
        JsonNode badType = Api.error(400, null, Http.send("POST", path, "pm", Api.JSON_TYPE,
                Api.object().put("summary", summary).put("project", "BILL").put("issueType", "Improvement").toString()));
        assertEquals("Jira has no issue type \u201cImprovement\u201d that can be used in project BILL (The issue type selected is invalid.). Ask"
                + " this page\u2019s author to pick another issue type in the macro\u2019s settings.", badType.get("message").asText());
    }

    // ------------------------------------------------------------------------------- Jira's POST /validation-tasks

    @Test
    public void jiraLinksTheTaskToTheAssumptionAndTheMapShowsItWithItsStatus() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("VT");
        long[] items = personaWithItems(persona);
        String key = Http.json(create("pm", createBody("DEMO", "Task", "Interview accountants " + persona))).get("key").asText();
        String mapPath = "/personas/" + persona + "/map?validationProject=DEMO";
        HttpResponse<String> before = Api.get(mapPath, "pm");
        assertTrue(Http.json(before).get("validation").get("canCreate").asBoolean());
        assertFalse("the viewer may not create issues in DEMO", Http.json(Api.get(mapPath, "viewer")).get("validation").get("canCreate").asBoolean());
        assertFalse("asked nothing, told nothing", Http.json(Api.get("/personas/" + persona + "/map", "pm")).has("validation"));
        Api.invalid(Api.get("/personas/" + persona + "/map?validationProject=demo%20x", "pm"), "validationProject", "Use a Jira project key, like DEMO.");

        ObjectNode task = Api.object().put("mapItemId", items[0]).put("issueKey", key);
        assertEquals(415, Http.send("POST", Http.REST + "/validation-tasks", "pm", "text/plain", task.toString()).statusCode());
        assertEquals(401, Http.send("POST", Http.REST + "/validation-tasks", null, Api.JSON_TYPE, task.toString()).statusCode());
        // the viewer may not edit the issue: refused, nothing linked
        Api.error(403, null, Api.post("/validation-tasks", "viewer", task));
        Api.invalid(Api.post("/validation-tasks", "pm", Api.object()), "mapItemId", "This field is required.", "issueKey", "This field is required.");
        // evidence backs the other item: not an assumption
        JsonNode refused = Api.invalid(Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", items[1]).put("issueKey", key)),
                "mapItemId", "Evidence already backs map item " + items[1] + ", so it is no longer an assumption and needs no validation task.");
        assertEquals(1, refused.get("fieldErrors").size());
        assertEquals("no link", 0, item(Http.json(Api.get(mapPath, "pm")), items[0]).get("validatedBy").size());

        JsonNode link = Api.ok(201, Api.post("/validation-tasks", "pm", task));
        assertEquals("ADDRESSES", link.get("relation").asText());
        assertEquals("map-items", link.get("targetType").asText());
        assertEquals(items[0], link.get("targetId").asLong());

        HttpResponse<String> after = Api.get(mapPath, "pm");
        assertNotEquals("the map's version changed", before.headers().firstValue("ETag").orElse(""), after.headers().firstValue("ETag").orElse("-"));
        JsonNode validated = item(Http.json(after), items[0]);
        assertEquals(1, validated.get("validatedBy").size());
        assertEquals(key, validated.get("validatedBy").get(0).get("key").asText());
        assertEquals("To Do", validated.get("validatedBy").get(0).get("status").asText());
        assertEquals("a validation task is not listed as covering the item", 0, validated.get("coveredBy").size());
        // the viewer sees DEMO: the same line
        assertEquals(key, item(Http.json(Api.get(mapPath, "viewer")), items[0]).get("validatedBy").get(0).get("key").asText());
    }

    @Test
    public void anAssumptionTakesOneLiveTaskASecondIsRefusedNamingTheFirst() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("VT1");
        long assumption = personaWithItems(persona)[0];
        String first = Http.json(create("pm", createBody("DEMO", "Task", "First task " + persona))).get("key").asText();
        String second = Http.json(create("pm", createBody("DEMO", "Task", "Second task " + persona))).get("key").asText();
        Api.ok(201, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("issueKey", first)));
        String already = "This assumption is already being validated in " + first
                + ". Follow that issue, or unlink it from the item first if it no longer validates it.";
        // a second task, and the dryRun Confluence asks before it creates an issue: 409, naming the first
        JsonNode refused = Api.error(409, already, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("issueKey", second)));
        assertEquals(0, refused.get("fieldErrors").size());
        Api.error(409, already, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("dryRun", true)));
        String mapPath = "/personas/" + persona + "/map?validationProject=DEMO";
        JsonNode item = item(Http.json(Api.get(mapPath, "pm")), assumption);
        assertEquals(1, item.get("validatedBy").size());
        assertEquals(first, item.get("validatedBy").get(0).get("key").asText());
        assertEquals("the second issue was not linked", 0, item.get("coveredBy").size());
        // sending the first task again is no second task: what linking an issue twice answers
        JsonNode repeat = Api.error(409, null, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("issueKey", first)));
        assertFalse(repeat.get("message").asText(), repeat.get("message").asText().startsWith("This assumption is already being validated"));

        // the first issue unlinked from the item: it no longer validates it, and a new task is taken
        Api.ok(200, Api.delete("/issues/" + first + "/links/map-items/" + assumption, "pm"));
        assertEquals(204, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("dryRun", true)).statusCode());
        Api.ok(201, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("issueKey", second)));
        assertEquals(second, item(Http.json(Api.get(mapPath, "pm")), assumption).get("validatedBy").get(0).get("key").asText());
    }

    /**
     * Confluence's check claims the assumption before it checks (so that nobody's whole creation fits between the two):
     * a check that is refused leaves no claim behind, and the next person is not told that someone is creating a task.
     */
    @Test
    public void aRefusedCheckLeavesTheAssumptionFreeForTheNextPerson() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("VTF");
        long assumption = personaWithItems(persona)[0];
        String first = Http.json(create("admin", createBody("DEMO", "Task", "Admin's task " + persona))).get("key").asText();
        Api.ok(201, Api.post("/validation-tasks", "admin", Api.object().put("mapItemId", assumption).put("issueKey", first)));
        // pm's check is refused (admin's task validates it)
        Api.error(409, "This assumption is already being validated in " + first
                + ". Follow that issue, or unlink it from the item first if it no longer validates it.",
                Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("dryRun", true)));
        // admin unlinks it: the item is free for admin at once, with no claim of pm's in the way
        Api.ok(200, Api.delete("/issues/" + first + "/links/map-items/" + assumption, "admin"));
        HttpResponse<String> check = Api.post("/validation-tasks", "admin", Api.object().put("mapItemId", assumption).put("dryRun", true));
        assertEquals(check.body(), 204, check.statusCode());
        // and admin's check holds it for admin: pm, checking now, is told someone else is creating one
        Api.error(409, "Someone else is creating a validation task for this assumption right now. Reload the map in a minute: it will"
                + " show their task, or let you create one if theirs was not made.",
                Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", assumption).put("dryRun", true)));
    }

    // ------------------------------------------------------------------------ Confluence: create from the map

    @Test
    public void confluenceCreatesTheTaskAsTheViewerAndTheMapSaysBeingValidated() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("VTC");
        long[] items = personaWithItems(persona);
        String mapQuery = "/map?persona=" + persona + "&validationProject=DEMO&validationIssueType=Task";
        String html = (Api.ok(200, Http.get(MAP_REST + mapQuery, "pm"))).get("html").asText();
        assertTrue(html, html.contains("empathy-map-validate-open\" data-item-id=\"" + items[0] + "\""));
        assertFalse("only an assumption offers it", html.contains("empathy-map-validate-open\" data-item-id=\"" + items[1] + "\""));
        assertTrue(html.contains("data-validation-project=\"DEMO\""));
        String viewerHtml = (Api.ok(200, Http.get(MAP_REST + mapQuery, "viewer"))).get("html").asText();
        assertFalse("a reader who may not create issues in DEMO sees no action", viewerHtml.contains("empathy-map-validate-open"));
        String noProject = (Api.ok(200, Http.get(MAP_REST + "/map?persona=" + persona, "pm"))).get("html").asText();
        assertFalse("a map whose author chose no project offers none", noProject.contains("empathy-map-validate-open"));

        String path = MAP_REST + "/items/" + items[0] + "/validation-tasks?persona=" + persona;
        String summary = "Interview five accountants " + persona;
        ObjectNode body = Api.object().put("summary", summary).put("project", "DEMO").put("issueType", "Task");
        assertEquals(415, Http.send("POST", path, "pm", "text/plain", body.toString()).statusCode());
        // the viewer may edit nothing, so may link no issue: Jira refuses before any issue is made, and says why
        String before = Http.json(create("pm", createBody("DEMO", "Task", "Numbered before " + persona))).get("key").asText();
        JsonNode refused = Api.error(403, null, Http.send("POST", path, "viewer", Api.JSON_TYPE, body.toString()));
        assertEquals("You need permission to edit issues in at least one project to change personas, participants or map items.",
                refused.get("message").asText());
        // an item evidence backs: refused before any issue is made
        Api.error(400, null, Http.send("POST", MAP_REST + "/items/" + items[1] + "/validation-tasks?persona=" + persona, "pm",
                Api.JSON_TYPE, body.toString()));
        String numbered = Http.json(create("pm", createBody("DEMO", "Task", "Numbered after " + persona))).get("key").asText();
        assertEquals("no issue was created by the refusals", "DEMO-" + (Integer.parseInt(before.substring(5)) + 1), numbered);
        // field problems: at the field, before Jira is asked
        JsonNode blank = Api.error(400, null, Http.send("POST", path, "pm", Api.JSON_TYPE, body.deepCopy().put("summary", " ").toString()));
        assertEquals("summary", blank.get("fieldErrors").get(0).get("field").asText());
        assertEquals("This field is required.", blank.get("fieldErrors").get(0).get("message").asText());
        // an issue type Jira does not have: Jira's refusal, and who can fix it
        JsonNode badType = Api.error(400, null, Http.send("POST", path, "pm", Api.JSON_TYPE, body.deepCopy().put("issueType", "Saga").toString()));
        assertEquals("Jira has no issue type \u201cSaga\u201d that can be used in project DEMO (The issue type selected is invalid.). Ask this page\u2019s"
                + " author to pick another issue type in the macro\u2019s settings.", badType.get("message").asText());

        JsonNode created = Api.ok(201, Http.send("POST", path, "pm", Api.JSON_TYPE, body.toString()));
        String key = created.get("issueKey").asText();
        assertTrue(key, key.matches("DEMO-\\d+"));
        assertTrue("the issue is in Jira", Http.get("/browse/" + key, "pm").body().contains(summary));
        String after = (Api.ok(200, Http.get(MAP_REST + mapQuery, "pm"))).get("html").asText();
        assertTrue(after, after.contains("Being validated in <a href=\"") && after.contains("/browse/" + key + "\" title=\"" + summary + "\">" + key + "</a> (To Do)"));
        assertFalse("one task per assumption is offered", after.contains("empathy-map-validate-open\" data-item-id=\"" + items[0] + "\""));
        assertTrue((Api.ok(200, Http.get(MAP_REST + mapQuery, "viewer"))).get("html").asText().contains(key + "</a> (To Do)"));
        // a second task from the map (a page open since before the first): refused before Jira creates an issue
        HttpResponse<String> again = Http.send("POST", path, "pm", Api.JSON_TYPE, body.deepCopy().put("summary", "Again " + persona).toString());
        Api.error(409, "This assumption is already being validated in " + key
                + ". Follow that issue, or unlink it from the item first if it no longer validates it.", again);
        String last = Http.json(create("pm", createBody("DEMO", "Task", "Numbered last " + persona))).get("key").asText();
        assertEquals("no issue was created by the refusal", "DEMO-" + (Integer.parseInt(key.substring(5)) + 1), last);
    }

    @Test
    public void twoPeopleCreatingATaskForOneAssumptionAtOnceMakeOneIssueAndOneTask() throws Exception {
        SharedWorkbench.get();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String persona = Api.personaKey("VTR" + round);
                long assumption = personaWithItems(persona)[0];
                String path = MAP_REST + "/items/" + assumption + "/validation-tasks?persona=" + persona;
                String before = Http.json(create("pm", createBody("DEMO", "Task", "Numbered before " + persona))).get("key").asText();
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
                for (String user : List.of("pm", "admin")) {
                    String body = Api.object().put("summary", "Interview accountants (" + user + ") " + persona)
                            .put("project", "DEMO").put("issueType", "Task").toString();
                    answers.add(two.submit(() -> {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        return Http.send("POST", path, user, Api.JSON_TYPE, body);
                    }));
                }
                int created = 0;
                List<HttpResponse<String>> got = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                    got.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
                // every assertion below names both answers: a failure on a loaded machine says what each person was told
                String told = "round " + round + ": " + got.stream().map(r -> r.statusCode() + " " + r.body()).toList();
                for (HttpResponse<String> r : got) {
                    if (r.statusCode() == 201) {
                        created++;
                        continue;
                    }
                    // the other one is told, before any issue is made for them: the first is under way, or done
                    assertEquals(told, 409, r.statusCode());
                    String message = Http.json(r).get("message").asText();
                    assertTrue(told, message.startsWith("Someone else is creating a validation task for this assumption right now.")
                            || message.startsWith("This assumption is already being validated in DEMO-"));
                }
                assertEquals(told + ": exactly one task", 1, created);
                String after = Http.json(create("pm", createBody("DEMO", "Task", "Numbered after " + persona))).get("key").asText();
                assertEquals(told + " (" + before + " before, " + after + " after): exactly one issue was created in Jira", Integer.parseInt(before.substring(5)) + 2,
                        Integer.parseInt(after.substring(5)));
                JsonNode item = item(Http.json(Api.get("/personas/" + persona + "/map?validationProject=DEMO", "pm")), assumption);
                assertEquals(told + ": " + item, 1, item.get("validatedBy").size());
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    public void inReadOnlyModeOrWithJiraGoneNothingIsCreatedAndTheFormIsToldWhy() throws Exception {
        WorkbenchServer workbench = SharedWorkbench.get();
        String persona = Api.personaKey("VTR");
        long[] items = personaWithItems(persona);
        String path = MAP_REST + "/items/" + items[0] + "/validation-tasks?persona=" + persona;
        String body = Api.object().put("summary", "Never created " + persona).put("project", "DEMO").put("issueType", "Task").toString();
        String mapQuery = "/map?persona=" + persona + "&validationProject=DEMO&validationIssueType=Task";
        String before = Http.json(create("pm", createBody("DEMO", "Task", "Numbered before " + persona))).get("key").asText();
        try {
            workbench.applicationLinks().setJiraReachable(false);
            Api.error(503, "Jira could not be reached, so nothing was changed. Try again in a few minutes.", Http.send("POST", path, "pm", Api.JSON_TYPE, body));
        } finally {
            workbench.applicationLinks().setJiraReachable(true);
        }
        try {
            assertEquals(200, Http.post("/workbench/read-only", "admin", "application/json", "{\"product\":\"confluence\",\"readOnly\":true}").statusCode());
            assertEquals(503, Http.send("POST", path, "pm", Api.JSON_TYPE, body).statusCode());
            String html = (Api.ok(200, Http.get(MAP_REST + mapQuery, "pm"))).get("html").asText();
            assertFalse("read-only mode: no action", html.contains("empathy-map-validate-open"));
        } finally {
            assertEquals(200, Http.post("/workbench/read-only", "admin", "application/json", "{\"product\":\"confluence\",\"readOnly\":false}").statusCode());
        }
        assertEquals(0, item(Http.json(Api.get("/personas/" + persona + "/map?validationProject=DEMO", "pm")), items[0]).get("validatedBy").size());
        String after = Http.json(create("pm", createBody("DEMO", "Task", "Numbered after " + persona))).get("key").asText();
        assertEquals("no issue was created while refused", "DEMO-" + (Integer.parseInt(before.substring(5)) + 1), after);
    }
}
