package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.host.PersonalAccessTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.Test;

/**
 * Jira Data Center's personal access token API on the workbench (Basic on, as by default): {@code POST, GET,
 * DELETE /rest/pat/latest/tokens} with Jira's field names and statuses, and {@code Authorization: Bearer} as the
 * token's owner until it is revoked or expires.
 */
public class PersonalAccessTokensIT {

    static final String TOKENS = "/rest/pat/latest/tokens";
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    static HttpResponse<String> create(String user, String body) throws Exception {
        return Http.post(TOKENS, user, "application/json", body);
    }

    static HttpResponse<String> evidenceWith(String token) throws Exception {
        return Http.send(SharedWorkbench.url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null, "Authorization", Http.bearer(token));
    }

    @Test
    public void aTokenIsCreatedListedWithoutItsSecretUsedAndRevokedAsOnJira() throws Exception {
        HttpResponse<String> created = create("pm", "{\"name\":\"Nightly report\",\"expirationDuration\":90}");
        JsonNode token = Api.ok(201, created);
        assertTrue(token.get("id").isIntegralNumber());
        assertEquals("Nightly report", token.get("name").asText());
        OffsetDateTime createdAt = OffsetDateTime.parse(token.get("createdAt").asText(), JIRA_DATE);
        OffsetDateTime expiringAt = OffsetDateTime.parse(token.get("expiringAt").asText(), JIRA_DATE);
        assertEquals(Duration.ofDays(90), Duration.between(createdAt, expiringAt));
        String raw = token.get("rawToken").asText();
        assertTrue(raw.length() >= 32);
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> list = Http.get(TOKENS, "pm");
        JsonNode listed = null;
        for (JsonNode t : Api.ok(200, list)) {
            if (t.get("id").asLong() == token.get("id").asLong()) {
                listed = t;
            }
        }
        assertTrue("the new token is listed", listed != null);
        assertEquals(token.get("createdAt").asText(), listed.get("createdAt").asText());
        assertEquals(token.get("expiringAt").asText(), listed.get("expiringAt").asText());
        assertFalse(listed.has("rawToken"));
        assertFalse("the secret is shown once only", list.body().contains(raw));

        HttpResponse<String> asToken = evidenceWith(raw);
        assertEquals(200, asToken.statusCode());
        assertEquals("DEMO-1", Http.json(asToken).get("issueKey").asText());
        assertEquals("a token request opens no session", null, Http.sessionCookie(asToken));

        Api.ok(204, Http.send("DELETE", TOKENS + "/" + token.get("id").asLong(), "pm", null, null));
        Api.error(401, null, evidenceWith(raw));
        Api.error(404, null, Http.send("DELETE", TOKENS + "/" + token.get("id").asLong(), "pm", null, null));
    }

    @Test
    public void aTokenActsAsItsOwnerWithTheOwnersPermissions() throws Exception {
        String viewer = Api.ok(201, create("viewer", "{\"name\":\"Viewer script\",\"expirationDuration\":1}")).get("rawToken").asText();
        JsonNode body = Http.json(evidenceWith(viewer));
        assertEquals(1, body.get("hidden").asInt());
        Api.error(404, null, Http.send(SharedWorkbench.url(Http.REST + "/issues/BILL-1/evidence"), "GET", null, null, "Authorization", Http.bearer(viewer)));
    }

    @Test
    public void tokensBelongToTheirOwner() throws Exception {
        JsonNode pm = Api.ok(201, create("pm", "{\"name\":\"Only mine\"}"));
        assertFalse("a token without expirationDuration never expires", pm.has("expiringAt"));
        assertFalse(Http.get(TOKENS, "viewer").body().contains("Only mine"));
        Api.error(404, null, Http.send("DELETE", TOKENS + "/" + pm.get("id").asLong(), "viewer", null, null));
        assertEquals(200, evidenceWith(pm.get("rawToken").asText()).statusCode());
    }

    @Test
    public void aWrongARevokedAndAnExpiredTokenGet401WithTheErrorBody() throws Exception {
        JsonNode wrong = Api.error(401, null, evidenceWith("not-a-token"));
        assertTrue(wrong.get("message").asText(), wrong.get("message").asText().contains("not valid"));
        assertEquals(0, wrong.get("fieldErrors").size());

        // a real token's id with a wrong secret
        String raw = Api.ok(201, create("pm", "{\"name\":\"Guessed\",\"expirationDuration\":5}")).get("rawToken").asText();
        String id = new String(java.util.Base64.getDecoder().decode(raw)).split(":")[0];
        Api.error(401, null, evidenceWith(java.util.Base64.getEncoder().encodeToString((id + ":guess").getBytes())));

        PersonalAccessTokens tokens = SharedWorkbench.get().personalAccessTokens();
        Instant now = Instant.now();
        String expired = tokens.issue("pm", "Old", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(10))).rawToken();
        JsonNode body = Api.error(401, null, evidenceWith(expired));
        assertTrue(body.get("message").asText(), body.get("message").asText().startsWith("This personal access token expired on "));
    }

    @Test
    public void creatingATokenNeedsANameAndAnExpiryInRangeSentAsJsonBySomeoneSignedIn() throws Exception {
        Api.invalid(create("pm", "{\"expirationDuration\":30}"), "name", "Give the token a name, so you know later what uses it.");
        Api.invalid(create("pm", "{\"name\":\"x\",\"expirationDuration\":0}"),
                "expirationDuration", "The expiry must be a whole number of days from 1 to 365, or left out for a token that never expires.");
        Api.invalid(create("pm", "{\"name\":\"" + "n".repeat(256) + "\",\"expirationDuration\":\"soon\"}"),
                "name", "The name is 256 characters long; use at most 255.",
                "expirationDuration", "The expiry must be a whole number of days from 1 to 365, or left out for a token that never expires.");
        Api.error(400, null, create("pm", "[1]"));
        Api.error(415, null, Http.post(TOKENS, "pm", "application/x-www-form-urlencoded", "name=x"));
        Api.error(401, null, Http.post(TOKENS, null, "application/json", "{\"name\":\"x\"}"));
        Api.error(401, null, Http.get(TOKENS, null));
    }

    @Test
    public void aTokenCanCreateAndRevokeTokensAsOnJira() throws Exception {
        String first = Api.ok(201, create("pm", "{\"name\":\"Bootstrap\",\"expirationDuration\":2}")).get("rawToken").asText();
        HttpResponse<String> second = Http.send(SharedWorkbench.url(TOKENS), "POST", "application/json",
                "{\"name\":\"Made by a token\",\"expirationDuration\":2}", "Authorization", Http.bearer(first));
        JsonNode made = Api.ok(201, second);
        Api.ok(204, Http.send(SharedWorkbench.url(TOKENS + "/" + made.get("id").asLong()), "DELETE", null, null, "Authorization", Http.bearer(first)));
        Api.error(401, null, evidenceWith(made.get("rawToken").asText()));
    }
}
