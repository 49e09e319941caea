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
import com.empathyevidence.rest.PersonaMapJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;

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

    /** A map as Jira answered it, with Jira's address for links to its issues. */
    public record FetchedMap(PersonaMapJson map, String jiraBaseUrl) {
    }

    public FetchedMap fetch(String personaKey) throws MapUnavailable {
        ApplicationLink jira = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null) {
            throw new MapUnavailable(MapUnavailable.Reason.NO_JIRA_LINK, null, null);
        }
        String path = "/rest/empathy/1.0/personas/" + URLEncoder.encode(personaKey, StandardCharsets.UTF_8).replace("+", "%20") + "/map";
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
        Fetched fetched;
        try {
            fetched = request.executeAndReturn(response -> new Fetched(response.getStatusCode(), response.getResponseBodyAsString()));
        } catch (ResponseException e) {
            throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, e);
        }
        switch (fetched.status) {
            case 200:
                try {
                    return new FetchedMap(json.readValue(fetched.body, PersonaMapJson.class),
                            jira.getDisplayUrl() == null ? null : jira.getDisplayUrl().toString());
                } catch (IOException e) {
                    throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, e);
                }
            case 401:
                throw new MapUnavailable(MapUnavailable.Reason.NEEDS_AUTHORISATION, null, null);
            case 403:
                throw new MapUnavailable(MapUnavailable.Reason.NO_ACCESS, null, null);
            case 404:
                throw new MapUnavailable(MapUnavailable.Reason.PERSONA_NOT_FOUND, null, null);
            default:
                throw new MapUnavailable(MapUnavailable.Reason.JIRA_UNREACHABLE, null, null);
        }
    }

    private record Fetched(int status, String body) {
    }
}
