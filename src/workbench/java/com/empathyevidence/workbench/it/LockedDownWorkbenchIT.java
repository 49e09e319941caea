package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.Workbench;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The workbench started with {@code --no-basic-auth --no-demo-switcher}: Basic is refused with a message that says
 * what to use instead, the login page and sessions still work, and nobody becomes someone else with one click.
 */
public class LockedDownWorkbenchIT {

    @Test
    public void basicAuthenticationGets401SayingItIsDisabledAndWhatToUseInstead() throws Exception {
        HttpResponse<String> basic = Http.send(LockedDownWorkbench.url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null,
                "Authorization", Http.basic("pm", "pm"));
        JsonNode body = Api.error(401, "Basic authentication is disabled on this Jira. Use a personal access token instead: create one under"
                + " your profile, Personal Access Tokens, and send it as Authorization: Bearer <token>.", basic);
        assertEquals(0, body.get("fieldErrors").size());
        // wrong Basic credentials get the same answer: nothing to learn about passwords
        assertEquals(body.get("message"), Http.json(Http.send(LockedDownWorkbench.url("/browse/DEMO-1"), "GET", null, null,
                "Authorization", Http.basic("pm", "wrong"))).get("message"));
    }

    @Test
    public void theLoginPageAndSessionsStillWork() throws Exception {
        String session = Http.signIn(LockedDownWorkbench.get().baseUrl(), "pm");
        HttpResponse<String> page = Http.send(LockedDownWorkbench.url("/browse/DEMO-1"), "GET", null, null, "Cookie", session);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"empathy-evidence-panel\""));
        assertTrue("the user menu links the tokens page", page.body().contains("href=\"/secure/ViewPersonalAccessTokens.jspa\""));
        assertEquals(200, Http.send(LockedDownWorkbench.url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null, "Cookie", session).statusCode());
    }

    @Test
    public void thereIsNoDemoUserSwitcher() throws Exception {
        String session = Http.signIn(LockedDownWorkbench.get().baseUrl(), "viewer");
        String page = Http.send(LockedDownWorkbench.url("/browse/DEMO-1"), "GET", null, null, "Cookie", session).body();
        assertFalse(page.contains("action=\"/switch-user\""));
        assertFalse(page.contains("id=\"wb-user\""));
        String login = Http.send(LockedDownWorkbench.url("/login"), "GET", null, null).body();
        assertTrue(login.contains("id=\"login-submit\""));
        assertFalse(login.contains("Demo users"));
        HttpResponse<String> switched = Http.send(LockedDownWorkbench.url("/switch-user"), "POST", "application/x-www-form-urlencoded",
                "username=admin&next=%2F", "Cookie", session);
        assertEquals(404, switched.statusCode());
        assertEquals(null, Http.sessionCookie(switched));
        JsonNode stillViewer = Http.json(Http.send(LockedDownWorkbench.url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null, "Cookie", session));
        assertEquals("still the viewer, who cannot see BILL's evidence", 1, stillViewer.get("hidden").asInt());
    }

    @Test
    public void theDemoSwitcherIsOffWheneverTheWorkbenchListensBeyondLoopback() {
        assertTrue(Workbench.options().config().demoSwitcherOn());
        assertTrue(Workbench.options().config().basicAuth());
        assertEquals("127.0.0.1", Workbench.options().config().host());
        assertTrue(Workbench.options("--host", "localhost").config().demoSwitcherOn());
        assertTrue(Workbench.options("--host", "::1").config().demoSwitcherOn());
        assertFalse(Workbench.options("--host", "0.0.0.0").config().demoSwitcherOn());
        assertFalse(Workbench.options("--no-demo-switcher").config().demoSwitcherOn());
        assertFalse(Workbench.options("--no-basic-auth").config().basicAuth());
        assertFalse(LockedDownWorkbench.get().config().basicAuth());
        assertFalse(LockedDownWorkbench.get().config().demoSwitcherOn());
        try {
            Workbench.options("--basic-auth-off");
            throw new AssertionError("an unknown option must be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("--no-basic-auth"));
        }
    }
}
