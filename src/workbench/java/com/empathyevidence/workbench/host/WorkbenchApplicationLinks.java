package com.empathyevidence.workbench.host;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.applinks.api.auth.AuthenticationProvider;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseConnectTimeoutException;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseHandler;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluence's Application Links, pointing at the workbench's own Jira side. Requests really go over HTTP and run
 * as the viewing user (an impersonation token the Jira side accepts, like the hosts' OAuth impersonation), so
 * Jira's permission checks apply to the macro exactly as in production. "Jira offline" can be simulated.
 */
public final class WorkbenchApplicationLinks implements ApplicationLinkService {

    private final ApplicationLink jira;
    private final Impersonation impersonation;
    /** Kept in the database (as the hosts keep their application links), so every node of a cluster agrees. */
    private final HostSettings settings;
    private static final String REACHABLE = "applinks.jira.reachable";
    /** How many answers Jira gave the Confluence side, by HTTP status (for tests of revalidation: 200 vs 304). */
    private final java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.atomic.AtomicInteger> answered =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public WorkbenchApplicationLinks(URI jiraBaseUrl, Impersonation impersonation, HostSettings settings) {
        this.impersonation = impersonation;
        this.settings = settings;
        this.jira = new JiraLink(jiraBaseUrl);
    }

    /** Simulates Jira going down (and coming back) for the Confluence side. */
    public void setJiraReachable(boolean reachable) {
        settings.put(REACHABLE, Boolean.toString(reachable));
    }

    public boolean isJiraReachable() {
        return !"false".equals(settings.get(REACHABLE).orElse("true"));
    }

    /** How many answers with this HTTP status Jira has given over the link since the workbench started. */
    public int answered(int status) {
        java.util.concurrent.atomic.AtomicInteger n = answered.get(status);
        return n == null ? 0 : n.get();
    }

    @Override
    public ApplicationLink getApplicationLink(ApplicationId id) {
        return jira.getId().equals(id) ? jira : null;
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks() {
        return List.of(jira);
    }

    @Override
    public Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type) {
        return JiraApplicationType.class.equals(type) ? List.of(jira) : List.of();
    }

    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        return JiraApplicationType.class.equals(type) ? jira : null;
    }

    private final class JiraLink implements ApplicationLink {
        private final URI baseUrl;
        private final ApplicationId id = new ApplicationId("8835b6b9-5676-3de4-ad59-bbe987416662");

        JiraLink(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public ApplicationId getId() {
            return id;
        }

        @Override
        public ApplicationType getType() {
            return new JiraApplicationType() {
                @Override
                public String getI18nKey() {
                    return "applinks.jira";
                }

                @Override
                public URI getIconUrl() {
                    return null;
                }
            };
        }

        @Override
        public String getName() {
            return "Workbench Jira";
        }

        @Override
        public URI getDisplayUrl() {
            return baseUrl;
        }

        @Override
        public URI getRpcUrl() {
            return baseUrl;
        }

        @Override
        public boolean isPrimary() {
            return true;
        }

        @Override
        public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
            return new Factory(baseUrl);
        }

        @Override
        public ApplicationLinkRequestFactory createAuthenticatedRequestFactory(Class<? extends AuthenticationProvider> providerClass) {
            return new Factory(baseUrl);
        }
    }

    private final class Factory implements ApplicationLinkRequestFactory {
        private final URI baseUrl;

        Factory(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException {
            Directory.User user = CurrentUser.get().orElse(null);
            if (user == null) {
                throw new CredentialsRequiredException(this, "Sign in to read from Jira");
            }
            return new LinkRequest(methodType, baseUrl.resolve(url.startsWith("/") ? url.substring(1) : url), user);
        }

        @Override
        public URI getAuthorisationURI(URI callback) {
            return baseUrl.resolve("login");
        }

        @Override
        public URI getAuthorisationURI() {
            return baseUrl.resolve("login");
        }
    }

    private final class LinkRequest implements ApplicationLinkRequest {
        private final Request.MethodType method;
        private URI url;
        private final Directory.User user;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private String contentType = "application/json";
        private int connectTimeout = 3000;
        private int soTimeout = 3000;

        LinkRequest(Request.MethodType method, URI url, Directory.User user) {
            this.method = method;
            this.url = url;
            this.user = user;
        }

        @Override
        public ApplicationLinkRequest setConnectionTimeout(int millis) {
            connectTimeout = millis;
            return this;
        }

        @Override
        public ApplicationLinkRequest setSoTimeout(int millis) {
            soTimeout = millis;
            return this;
        }

        @Override
        public ApplicationLinkRequest setUrl(String newUrl) {
            url = URI.create(newUrl);
            return this;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody) {
            body = requestBody;
            return this;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody, String type) {
            body = requestBody;
            contentType = type;
            return this;
        }

        @Override
        public ApplicationLinkRequest addHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public ApplicationLinkRequest setHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public void execute(ResponseHandler<? super Response> handler) throws ResponseException {
            handler.handle(send());
        }

        @Override
        public String execute() throws ResponseException {
            return send().getResponseBodyAsString();
        }

        @Override
        public <RET> RET executeAndReturn(ReturningResponseHandler<? super Response, RET> handler) throws ResponseException {
            return handler.handle(send());
        }

        @Override
        public <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException {
            LinkResponse response = send();
            return response.getStatusCode() == 401 ? handler.credentialsRequired(response) : handler.handle(response);
        }

        private LinkResponse send() throws ResponseException {
            if (!isJiraReachable()) {
                throw new ResponseConnectTimeoutException("Jira did not answer within " + connectTimeout + " ms");
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(Duration.ofMillis(Math.max(connectTimeout, soTimeout)));
            headers.forEach(builder::header);
            impersonation.sign(user.username()).forEach(builder::header);
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            if (body != null) {
                builder.header("Content-Type", contentType);
            }
            builder.method(method.name(), publisher);
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                answered.computeIfAbsent(response.statusCode(), s -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                return new LinkResponse(response);
            } catch (IOException e) {
                throw new ResponseException("Jira could not be reached: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResponseException("Interrupted while calling Jira", e);
            }
        }
    }

    private record LinkResponse(HttpResponse<String> response) implements Response {
        @Override
        public int getStatusCode() {
            return response.statusCode();
        }

        @Override
        public String getResponseBodyAsString() {
            return response.body();
        }

        @Override
        public InputStream getResponseBodyAsStream() {
            return new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getStatusText() {
            return String.valueOf(response.statusCode());
        }

        @Override
        public boolean isSuccessful() {
            return response.statusCode() >= 200 && response.statusCode() < 300;
        }

        @Override
        public String getHeader(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public Map<String, String> getHeaders() {
            Map<String, String> result = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> result.put(k, String.join(",", v)));
            return result;
        }
    }
}
