package com.empathyevidence.workbench.it;

import com.empathyevidence.workbench.Workbench;
import com.empathyevidence.workbench.WorkbenchServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * A second workbench per test JVM, shared like {@link SharedWorkbench}, started from the command line
 * {@code --no-basic-auth --no-demo-switcher}: HTTP Basic refused as Jira 11 ships, no demo user switcher. Its REST
 * callers authenticate with personal access tokens, one per demo user, each created as a person would on Jira:
 * sign in on the login page, then {@code POST /rest/pat/latest/tokens} with that session.
 */
final class LockedDownWorkbench {

    private static WorkbenchServer server;
    private static final Map<String, String> TOKENS = new HashMap<>();

    private LockedDownWorkbench() {
    }

    static synchronized WorkbenchServer get() {
        if (server == null) {
            server = SharedWorkbench.startForTheseTests("workbench-locked-it", "The locked-down workbench", data -> {
                try {
                    return Workbench.options("--port", "0", "--data", data.toString(), "--no-basic-auth", "--no-demo-switcher").config();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return server;
    }

    static URI url(String path) {
        return get().baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A personal access token of this demo user (made once per JVM, through a signed-in session). */
    static synchronized String token(String user) throws Exception {
        String token = TOKENS.get(user);
        if (token == null) {
            token = createToken(Http.signIn(get().baseUrl(), user), "IT " + user);
            TOKENS.put(user, token);
        }
        return token;
    }

    /** Creates a token with the given session cookie and answers its raw value. */
    static String createToken(String sessionCookie, String name) throws Exception {
        HttpResponse<String> created = Http.send(url("/rest/pat/latest/tokens"), "POST", "application/json",
                "{\"name\":\"" + name + "\",\"expirationDuration\":30}", "Cookie", sessionCookie);
        if (created.statusCode() != 201) {
            throw new AssertionError("creating a token answered " + created.statusCode() + ": " + created.body());
        }
        return Http.json(created).get("rawToken").asText();
    }

    /** A REST call to {@code /rest/empathy/1.0 + path} with {@code Authorization} (null: none) and a JSON body (null: none). */
    static HttpResponse<String> rest(String method, String path, String authorization, Object body) throws Exception {
        String json = body == null ? null : Http.JSON.writeValueAsString(body);
        // Every write is JSON, body or not (the plugin answers 415 otherwise), as the panel's script sends it.
        String type = json != null || !"GET".equals(method) ? Api.JSON_TYPE : null;
        return authorization == null
                ? Http.send(url(Http.REST + path), method, type, json)
                : Http.send(url(Http.REST + path), method, type, json, "Authorization", authorization);
    }
}
