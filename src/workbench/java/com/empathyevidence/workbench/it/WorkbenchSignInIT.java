package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The workbench's own sign-in holds as a real host's does: a new session id on every sign-in, a session cookie
 * scripts cannot read and other sites cannot post with, and no form action that another site can make a browser send.
 */
public class WorkbenchSignInIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static URI url(String path) {
        return SharedWorkbench.url(path);
    }

    private static String own() {
        String base = SharedWorkbench.get().baseUrl().toString();
        return base.substring(0, base.length() - 1);
    }

    @Test
    public void signingInIssuesANewSessionIdAndTheOldOneSignsNobodyIn() throws Exception {
        String planted = Http.signIn(SharedWorkbench.get().baseUrl(), "viewer");
        HttpResponse<String> login = Http.send(url("/login"), "POST", FORM, "username=pm&password=pm&next=%2F", "Cookie", planted);
        assertEquals(302, login.statusCode());
        String fresh = Http.sessionCookie(login);
        assertNotNull("signing in must set a new session cookie", fresh);
        assertNotEquals(planted, fresh);
        assertEquals(200, Http.send(url(Http.REST + "/issues/BILL-1/evidence"), "GET", null, null, "Cookie", fresh).statusCode());
        assertEquals("the session id from before signing in must not be signed in as anyone",
                401, Http.send(url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null, "Cookie", planted).statusCode());
    }

    @Test
    public void switchingUserIssuesANewSessionIdToo() throws Exception {
        String before = Http.signIn(SharedWorkbench.get().baseUrl(), "pm");
        HttpResponse<String> switched = Http.send(url("/switch-user"), "POST", FORM, "username=viewer&next=%2F", "Cookie", before);
        assertEquals(302, switched.statusCode());
        assertNotNull("switching user must set a new session cookie", Http.sessionCookie(switched));
        assertNotEquals(before, Http.sessionCookie(switched));
    }

    @Test
    public void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = Http.send(url("/login"), "POST", FORM, "username=pm&password=pm&next=%2F");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie, cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"));
        assertTrue(cookie, cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"));
    }

    @Test
    public void adminActionsRefuseFormPostsFromAnotherSite() throws Exception {
        String admin = Http.basic("admin", "admin");
        assertRefused(Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin, "Origin", "https://evil.example"));
        assertRefused(Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin, "Sec-Fetch-Site", "cross-site"));
        assertRefused(Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin, "Sec-Fetch-Site", "same-site"));
        assertRefused(Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin, "Origin", "null"));
        assertRefused(Http.send(url("/workbench/jira-link?reachable=false"), "POST", FORM, "", "Authorization", admin,
                "Referer", "https://evil.example/page"));
        assertTrue("the link must still be up", SharedWorkbench.get().applicationLinks().isJiraReachable());
        // the workbench's own pages, as a browser sends them, and scripts (curl) still work
        assertEquals(200, Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin,
                "Origin", own(), "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(200, Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin, "Origin", own()).statusCode());
        assertEquals(200, Http.send(url("/workbench/run-jobs"), "POST", FORM, "", "Authorization", admin).statusCode());
    }

    @Test
    public void signInSwitchUserAndLogOutRefuseFormPostsFromAnotherSite() throws Exception {
        HttpResponse<String> login = Http.send(url("/login"), "POST", FORM, "username=pm&password=pm&next=%2F", "Origin", "https://evil.example");
        assertRefused(login);
        assertEquals(null, Http.sessionCookie(login));
        HttpResponse<String> switched = Http.send(url("/switch-user"), "POST", FORM, "username=admin&next=%2F", "Sec-Fetch-Site", "cross-site");
        assertRefused(switched);
        assertEquals("another site must not sign a browser in as admin", null, Http.sessionCookie(switched));

        String session = Http.signIn(SharedWorkbench.get().baseUrl(), "pm");
        assertRefused(Http.send(url("/logout"), "POST", FORM, "", "Cookie", session, "Origin", "https://evil.example"));
        assertEquals("still signed in", 200, Http.send(url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null, "Cookie", session).statusCode());
        assertEquals(302, Http.send(url("/logout"), "POST", FORM, "", "Cookie", session, "Origin", own(), "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(401, Http.send(url(Http.REST + "/issues/DEMO-1/evidence"), "GET", null, null, "Cookie", session).statusCode());
    }

    @Test
    public void theTokensPageRefusesFormPostsFromAnotherSite() throws Exception {
        String session = Http.signIn(SharedWorkbench.get().baseUrl(), "pm");
        HttpResponse<String> create = Http.send(url("/secure/ViewPersonalAccessTokens.jspa"), "POST", FORM,
                "action=create&name=Planted&expirationDuration=30", "Cookie", session, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");
        assertRefused(create);
        assertTrue(!create.body().contains("Planted"));
        HttpResponse<String> list = Http.send(url("/rest/pat/latest/tokens"), "GET", null, null, "Cookie", session);
        assertEquals(200, list.statusCode());
        assertTrue("no token was created: " + list.body(), !list.body().contains("Planted"));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(response.request().uri() + " " + response.request().headers().map() + ": " + response.body(), 403, response.statusCode());
    }
}
