package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.delete;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * "Nothing typed is lost, nothing is done twice", over real HTTP against the shared workbench: adding evidence from
 * an issue is one request in one transaction that a retry cannot repeat; undo of an unlink restores the link exactly;
 * search finds evidence by participant alias and source title; a web address with spaces is accepted and encoded,
 * and one that is refused is refused saying why. Each test makes its own evidence (on DEMO-17 and DEMO-18).
 */
public class NothingLostHttpIT {

    private static final String ISSUE = "DEMO-18";

    private static int found(String query) throws Exception {
        return ok(200, get("/evidence?status=ALL&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "admin")).get("total").asInt();
    }

    /** The evidence as the issue's panel lists it (with its relation), or null when the issue does not link it. */
    private static JsonNode linkOf(String issue, long evidenceId) throws Exception {
        for (JsonNode e : ok(200, get("/issues/" + issue + "/evidence", "pm")).get("evidence")) {
            if (e.get("id").asLong() == evidenceId) {
                return e;
            }
        }
        return null;
    }

    @Test
    public void addingEvidenceFromAnIssueCreatesAndLinksInOneRequestAndARetryMakesNoSecondCopy() throws Exception {
        String text = "Reminders go out again when I press send once more " + unique("ADD");
        ObjectNode in = evidence(text);
        in.remove("project"); // the issue's project by default
        in.put("relation", "ADDRESSES");
        in.put("note", "From Tuesday's call");
        in.put("idempotencyKey", unique("key").replace("-", "_"));
        JsonNode added = ok(201, post("/issues/" + ISSUE + "/evidence", "pm", in));
        long id = added.get("evidence").get("id").asLong();
        assertEquals("DEMO", added.get("evidence").get("projectKey").asText());
        assertEquals("ADDRESSES", added.get("link").get("relation").asText());
        assertEquals("pm", added.get("link").get("linkedBy").asText());
        assertEquals("From Tuesday's call", added.get("link").get("note").asText());
        assertFalse(added.get("replayed").asBoolean());
        assertEquals("the issue links it", "ADDRESSES", linkOf(ISSUE, id).get("relation").asText());

        // The answer was lost on the way (say): the script sends the same request again, with the same key.
        JsonNode again = ok(201, post("/issues/" + ISSUE + "/evidence", "pm", in));
        assertTrue(again.get("replayed").asBoolean());
        assertEquals("the same evidence, not a second copy", id, again.get("evidence").get("id").asLong());
        assertEquals(1, found(text));

        // Another key is another piece of evidence.
        in.put("idempotencyKey", unique("key2").replace("-", "_"));
        assertNotEquals(id, ok(201, post("/issues/" + ISSUE + "/evidence", "pm", in)).get("evidence").get("id").asLong());
        assertEquals(2, found(text));
    }

    @Test
    public void anAddThatFailsLeavesNeitherEvidenceNorLink() throws Exception {
        String text = "Nothing of this may be kept " + unique("FAIL");
        ObjectNode in = evidence(text);
        in.put("relation", "LIKES");
        invalid(post("/issues/" + ISSUE + "/evidence", "pm", in), "relation", "Choose ADDRESSES, SUPPORTS or CONTRADICTS.");
        assertEquals("a refused link leaves no evidence behind", 0, found(text));

        in.put("relation", "SUPPORTS");
        in.put("idempotencyKey", "short");
        invalid(post("/issues/" + ISSUE + "/evidence", "pm", in), "idempotencyKey",
                "Use 8 to 64 letters, digits, - or _ as idempotencyKey, a new one for each piece of evidence you add.");
        in.remove("idempotencyKey");
        error(403, null, post("/issues/" + ISSUE + "/evidence", "viewer", in));
        assertEquals("someone who may not edit the issue adds nothing", 0, found(text));
        in.put("text", "");
        invalid(post("/issues/" + ISSUE + "/evidence", "pm", in), "text", "This field is required.");
    }

    @Test
    public void undoAfterUnlinkRestoresTheLinkExactlyAndOnlyForAnEditor() throws Exception {
        String issue = "DEMO-17";
        long id = ok(201, post("/evidence", "pm", evidence("The undo must keep my note " + unique("UNDO")))).get("id").asLong();
        ObjectNode link = Api.object();
        link.put("evidenceId", id);
        link.put("relation", "CONTRADICTS");
        link.put("note", "Says the opposite of the ticket");
        JsonNode made = ok(201, post("/issues/" + issue + "/links", "pm", link));
        Thread.sleep(5); // so that a restore "now" could not pass for the original time

        // admin unlinks what pm linked: the answer says what was removed, with a token to put it back
        JsonNode removed = ok(200, delete("/issues/" + issue + "/links/evidence/" + id, "admin"));
        assertEquals(made.get("linkedAt").asText(), removed.get("link").get("linkedAt").asText());
        assertEquals("pm", removed.get("link").get("linkedBy").asText());
        String token = removed.get("restoreToken").asText();
        assertEquals(null, linkOf(issue, id));

        ObjectNode undo = Api.object();
        undo.put("restoreToken", token);
        error(403, null, post("/issues/" + issue + "/links/restore", "viewer", undo));
        assertEquals("a viewer cannot restore it", null, linkOf(issue, id));

        JsonNode restored = ok(201, post("/issues/" + issue + "/links/restore", "admin", undo));
        assertEquals("CONTRADICTS", linkOf(issue, id).get("relation").asText());
        // what is stored now, as the next unlink answers it: the link as it was
        JsonNode again = ok(200, delete("/issues/" + issue + "/links/evidence/" + id, "admin"));
        for (JsonNode l : new JsonNode[] {restored, again.get("link")}) {
            assertEquals("CONTRADICTS", l.get("relation").asText());
            assertEquals("Says the opposite of the ticket", l.get("note").asText());
            assertEquals("who linked it, as it was", "pm", l.get("linkedBy").asText());
            assertEquals("when, as it was", made.get("linkedAt").asText(), l.get("linkedAt").asText());
        }
        error(404, null, post("/issues/" + issue + "/links/restore", "admin", undo)); // once only
        undo.put("restoreToken", again.get("restoreToken").asText());
        ok(201, post("/issues/" + issue + "/links/restore", "admin", undo));
        undo.put("restoreToken", "not-a-token");
        invalid(post("/issues/" + issue + "/links/restore", "admin", undo), "restoreToken",
                "This is not a restoreToken Jira gave out. Use the restoreToken from the answer to the unlink.");
        // a token of one issue restores nothing on another
        undo.put("restoreToken", ok(200, delete("/issues/" + issue + "/links/evidence/" + id, "pm")).get("restoreToken").asText());
        error(404, null, post("/issues/DEMO-12/links/restore", "pm", undo));
        ok(201, post("/issues/" + issue + "/links/restore", "pm", undo));
    }

    @Test
    public void searchFindsEvidenceByParticipantAliasAndSourceTitleAsWellAsText() throws Exception {
        String alias = unique("P");
        String title = "Workshop " + unique("TITLE");
        ObjectNode in = evidence("Month end is a long slog");
        in.put("participant", alias);
        in.put("participantConsent", true);
        in.put("sourceTitle", title);
        long id = ok(201, post("/evidence", "pm", in)).get("id").asLong();
        for (String q : new String[] {alias, alias.toLowerCase(java.util.Locale.ROOT), title, title.substring(9)}) {
            JsonNode page = ok(200, get("/evidence?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "pm"));
            assertEquals(q, 1, page.get("total").asInt());
            assertEquals(q, id, page.get("items").get(0).get("id").asLong());
        }
    }

    @Test
    public void aWebAddressWithSpacesIsAcceptedAndEncodedAndARefusalSaysWhy() throws Exception {
        ObjectNode in = evidence("Recorded in the team's SharePoint " + unique("LINK"));
        in.put("sourceLink", "https://contoso.sharepoint.com/sites/Research/Shared Documents/Interview 3.mp4");
        JsonNode created = ok(201, post("/evidence", "pm", in));
        assertEquals("https://contoso.sharepoint.com/sites/Research/Shared%20Documents/Interview%203.mp4", created.get("sourceLink").asText());

        in.put("sourceLink", "ftp://files.example.com/notes.txt");
        invalid(post("/evidence", "pm", in), "sourceLink", "Only web addresses starting with http:// or https:// can be linked; "
                + "this one starts with ftp:. Copy the address from the browser\u2019s address bar.");
        in.put("sourceLink", "https:///sites/Research");
        invalid(post("/evidence", "pm", in), "sourceLink", "This web address has no valid server name after https://. "
                + "Check the part before the first /, for example https://contoso.sharepoint.com.");
        in.put("sourceLink", "https://contoso.sharepoint.com/100%/notes");
        invalid(post("/evidence", "pm", in), "sourceLink", "This web address has a character a link can\u2019t contain "
                + "(\u201c%\u201d at position 35). Copy the address again from the browser\u2019s address bar.");
    }
}
