package com.empathyevidence.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;
import com.empathyevidence.domain.ProjectFilter;
import com.empathyevidence.rest.PersonaMapJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;

/**
 * Fetches a persona's map from Jira, the system of record, over the primary Jira Application Link as the
 * viewing user, so Jira's permissions apply. A few seconds at most; failures become a {@link MapUnavailable}.
 */
@ConfluenceComponent
public class JiraMapClient {

    static final int TIMEOUT_MILLIS = 3000;

    private final ApplicationLinkService applicationLinks;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    public JiraMapClient(@ConfluenceImport ApplicationLinkService applicationLinks) {
        this.applicationLinks = applicationLinks;
    }

    /** A map as Jira answered it (parsed and as sent), with Jira's address for links to its issues. */
    public record FetchedMap(PersonaMapJson map, String json, String jiraBaseUrl, String etag) {
        public FetchedMap(PersonaMapJson map, String json, String jiraBaseUrl) {
            this(map, json, jiraBaseUrl, null);
        }
    }

    /**
     * Jira's answer when a version was given: {@link #notModified} when Jira says the map with that version is still
     * the viewer's current map (304); otherwise the map Jira sent.
     */
    public record Revalidated(boolean notModified, FetchedMap fetched, String jiraBaseUrl) {
        public Revalidated(boolean notModified, FetchedMap fetched) {
            this(notModified, fetched, fetched == null ? null : fetched.jiraBaseUrl());
        }
    }

    /** A persona as Jira lists it: what a reader needs to pick the right key. */
    public record PersonaName(String key, String name, boolean retired) {
        public PersonaName(String key, String name) {
            this(key, name, false);
        }
    }

    /**
     * Quotes per item and unsorted pieces per section the map asks Jira for: the most the macro ever shows
     * (quotesPerItem is at most 10; ten unsorted pieces per section). Counts still cover all evidence.
     */
    static final int LISTED = 10;

    public FetchedMap fetch(String personaKey, ProjectFilter projects) throws MapUnavailable {
        return fetch(personaKey, projects, null).fetched();
    }

    /**
     * As {@link #fetch(String, ProjectFilter)}, asking Jira with {@code If-None-Match} whether the map of version
     * {@code knownEtag} (from an earlier answer to this viewer) is still current; null asks for the map outright.
     */
    public Revalidated fetch(String personaKey, ProjectFilter projects, String knownEtag) throws MapUnavailable {
        return fetch(personaKey, projects, knownEtag, null);
    }

    /**
     * As {@link #fetch(String, ProjectFilter, String)}, also asking whether the viewer may create issues in
     * {@code validationProject} (the map's validation tasks; null or blank asks nothing): the answer's {@code validation}.
     */
    public Revalidated fetch(String personaKey, ProjectFilter projects, String knownEtag, String validationProject) throws MapUnavailable {
        ApplicationLink jira = primaryJira();
        String path = "/rest/empathy/1.0/personas/" + URLEncoder.encode(personaKey, StandardCharsets.UTF_8).replace("+", "%20") + "/map"
                + "?quotes=" + LISTED + "&unsorted=" + LISTED
                + (projects.isAll() ? "" : "&projects=" + URLEncoder.encode(projects.canonical(), StandardCharsets.UTF_8))
                + (validationProject == null || validationProject.isBlank() ? ""
                        : "&validationProject=" + URLEncoder.encode(validationProject.trim(), StandardCharsets.UTF_8));
        Fetched fetched = get(jira, path, knownEtag);
        switch (fetched.status) {
            case 200:
                return new Revalidated(false, new FetchedMap(parse(fetched.body), fetched.body, baseUrl(jira), fetched.etag));
            case 304:
                if (knownEtag != null) {
                    return new Revalidated(true, null, baseUrl(jira));
                }
                throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, null);
            case 400:
                throw new MapUnavailable(MapUnavailable.Reason.BAD_PROJECTS, null, null);
            case 401:
                // Jira did not take the link's credentials for this viewer: offer the link's own "authorise" address
                throw new MapUnavailable(MapUnavailable.Reason.NEEDS_AUTHORISATION, authorisationUri(jira), null);
            case 403:
                throw new MapUnavailable(MapUnavailable.Reason.NO_ACCESS, null, null);
            case 404:
                throw new MapUnavailable(MapUnavailable.Reason.PERSONA_NOT_FOUND, null, null);
            default:
                throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, null);
        }
    }

    /** A map as it was cached: the JSON Jira sent. */
    public PersonaMapJson parse(String body) throws MapUnavailable {
        try {
            PersonaMapJson map = body == null ? null : json.readValue(body, PersonaMapJson.class);
            if (map == null || map.sections == null) {
                throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, null); // "null", or not a map
            }
            return map;
        } catch (IOException | RuntimeException e) {
            throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, e);
        }
    }

    /** The link's address where the viewer grants Confluence access to Jira, or null when it has none. */
    private static String authorisationUri(ApplicationLink jira) {
        try {
            URI uri = jira.createAuthenticatedRequestFactory().getAuthorisationURI();
            return uri == null ? null : uri.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The personas the viewer can pick from, to help when a macro names one that does not exist. One request, only
     * on that error path; empty when Jira does not answer.
     */
    public List<PersonaName> personas() {
        try {
            Fetched fetched = get(primaryJira(), "/rest/empathy/1.0/personas", null);
            if (fetched.status != 200) {
                return List.of();
            }
            List<PersonaName> names = new ArrayList<>();
            for (JsonNode p : json.readTree(fetched.body)) {
                names.add(new PersonaName(p.path("key").asText(), p.path("name").asText()));
            }
            return names;
        } catch (MapUnavailable | IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Keys and names from a JSON list of Jira's (personas, projects): what is marked retired comes last, marked so. */
    public List<PersonaName> keysAndNames(String body) throws IOException {
        List<PersonaName> names = new ArrayList<>();
        List<PersonaName> retired = new ArrayList<>();
        for (JsonNode p : json.readTree(body == null || body.isBlank() ? "[]" : body)) {
            boolean isRetired = p.path("retired").asBoolean(false);
            (isRetired ? retired : names).add(new PersonaName(p.path("key").asText(), p.path("name").asText(), isRetired));
        }
        names.addAll(retired);
        return names;
    }

    private ApplicationLink primaryJira() throws MapUnavailable {
        ApplicationLink jira = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null) {
            throw new MapUnavailable(MapUnavailable.Reason.NO_JIRA_LINK, null, null);
        }
        return jira;
    }

    private static String baseUrl(ApplicationLink jira) {
        return jira.getDisplayUrl() == null ? null : jira.getDisplayUrl().toString();
    }

    private Fetched get(ApplicationLink jira, String path, String ifNoneMatch) throws MapUnavailable {
        ApplicationLinkRequest request;
        try {
            request = jira.createAuthenticatedRequestFactory().createRequest(Request.MethodType.GET, path);
        } catch (CredentialsRequiredException e) {
            URI uri = e.getAuthorisationURI();
            throw new MapUnavailable(MapUnavailable.Reason.NEEDS_AUTHORISATION, uri == null ? null : uri.toString(), e);
        }
        request.setConnectionTimeout(TIMEOUT_MILLIS);
        request.setSoTimeout(TIMEOUT_MILLIS);
        request.addHeader("Accept", "application/json");
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        try {
            return request.executeAndReturn(response -> new Fetched(response.getStatusCode(),
                    response.getStatusCode() == 304 ? null : response.getResponseBodyAsString(), response.getHeader("ETag")));
        } catch (ResponseException | RuntimeException e) {
            throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, e);
        }
    }

    private record Fetched(int status, String body, String etag) {
    }

    /** Jira's answer to a forwarded request: its status and body, unchanged. */
    public record Forwarded(int status, String body) {
    }

    /**
     * Sends one request of the map's write actions to Jira's REST API ({@code /rest/empathy/1.0} + {@code path}) as the
     * viewing user, a JSON body for POST; Jira's status and body come back unchanged, so its permission checks and
     * field errors reach the reader. No link, authorisation needed or no answer become a {@link MapUnavailable}.
     */
    public Forwarded forward(Request.MethodType method, String path, String jsonBody) throws MapUnavailable {
        return forwardToJira(method, "/rest/empathy/1.0" + path, jsonBody);
    }

    /** As {@link #forward}, for a path of Jira's own REST API (e.g. {@code /rest/api/2/project}), as the viewing user. */
    public Forwarded forwardToJira(Request.MethodType method, String jiraPath, String jsonBody) throws MapUnavailable {
        ApplicationLink jira = primaryJira();
        ApplicationLinkRequest request;
        try {
            request = jira.createAuthenticatedRequestFactory().createRequest(method, jiraPath);
        } catch (CredentialsRequiredException e) {
            URI uri = e.getAuthorisationURI();
            throw new MapUnavailable(MapUnavailable.Reason.NEEDS_AUTHORISATION, uri == null ? null : uri.toString(), e);
        }
        request.setConnectionTimeout(TIMEOUT_MILLIS);
        request.setSoTimeout(TIMEOUT_MILLIS);
        request.addHeader("Accept", "application/json");
        if (jsonBody != null) {
            request.setRequestBody(jsonBody, "application/json");
        }
        try {
            return request.executeAndReturn(response -> new Forwarded(response.getStatusCode(), response.getResponseBodyAsString()));
        } catch (ResponseException | RuntimeException e) {
            throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, e);
        }
    }
}
