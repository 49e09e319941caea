package com.empathyevidence.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.AuthorisationURIGenerator;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseConnectTimeoutException;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseReadTimeoutException;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import com.empathyevidence.domain.ProjectFilter;
import java.net.URI;
import java.util.List;
import org.junit.Test;

/** The Application Link to Jira as it fails in production: every failure is a reason with its own message. */
public class JiraMapClientTest extends ApplicationLinkFixture {

    MapUnavailable.Reason fetchFails() {
        return assertThrows(MapUnavailable.class, () -> client.fetch("ACCOUNTANT", ProjectFilter.parse("projects", null))).reason();
    }

    @Test
    public void noJiraLinkSaysSo() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);
        assertEquals(MapUnavailable.Reason.NO_JIRA_LINK, fetchFails());
    }

    @Test
    public void credentialsRequiredOffersTheLinksAuthoriseAddress() throws Exception {
        AuthorisationURIGenerator generator = mock(AuthorisationURIGenerator.class);
        when(generator.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(factory.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(generator, "OAuth token needed"));
        MapUnavailable e = assertThrows(MapUnavailable.class, () -> client.fetch("ACCOUNTANT", ProjectFilter.parse("projects", null)));
        assertEquals(MapUnavailable.Reason.NEEDS_AUTHORISATION, e.reason());
        assertEquals(AUTHORISE.toString(), e.authorisationUri());
    }

    @Test
    public void a401FromJiraAlsoOffersTheAuthoriseAddress() throws Exception {
        jiraAnswers(401, "{\"status\":401}");
        MapUnavailable e = assertThrows(MapUnavailable.class, () -> client.fetch("ACCOUNTANT", ProjectFilter.parse("projects", null)));
        assertEquals(MapUnavailable.Reason.NEEDS_AUTHORISATION, e.reason());
        assertEquals(AUTHORISE.toString(), e.authorisationUri());
    }

    @Test
    public void a403FromJiraIsNoAccess() throws Exception {
        jiraAnswers(403, "{\"status\":403}");
        assertEquals(MapUnavailable.Reason.NO_ACCESS, fetchFails());
    }

    @Test
    public void a500FromJiraIsUnreachable() throws Exception {
        jiraAnswers(500, "<html>Internal error</html>");
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
    }

    @Test
    public void malformedJsonFromJiraIsUnreachable() throws Exception {
        jiraAnswers(200, "{\"personaKey\": \"ACC");
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
        jiraAnswers(200, "<html>a proxy's login page</html>");
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
    }

    @Test
    public void anEmptyOrNullAnswerIsUnreachable() throws Exception {
        jiraAnswers(200, "null");
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
        jiraAnswers(200, "");
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
        jiraAnswers(200, "[1,2]");
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
    }

    @Test
    public void timeoutsAndResponseExceptionsAreUnreachable() throws Exception {
        when(request.executeAndReturn(any())).thenThrow(new ResponseConnectTimeoutException("connect timed out"));
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
        org.mockito.Mockito.reset(request);
        when(request.executeAndReturn(any())).thenThrow(new ResponseReadTimeoutException("read timed out"));
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
        org.mockito.Mockito.reset(request);
        when(request.executeAndReturn(any())).thenThrow(new ResponseException("connection reset"));
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
    }

    @Test
    public void anUncheckedFailureOfTheHostsHttpClientIsUnreachable() throws Exception {
        when(request.executeAndReturn(any())).thenThrow(new IllegalStateException("connection pool shut down"));
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE, fetchFails());
    }

    @Test
    public void aGoodAnswerIsRead() throws Exception {
        jiraAnswers(200, "{\"personaKey\":\"ACCOUNTANT\",\"name\":\"Accountant\",\"sections\":[]}");
        JiraMapClient.FetchedMap map = client.fetch("ACCOUNTANT", ProjectFilter.parse("projects", null));
        assertEquals("ACCOUNTANT", map.map().personaKey);
        assertEquals("https://jira.example.com", map.jiraBaseUrl());
    }

    @Test
    public void forwardedWritesGetTheSameReasons() throws Exception {
        when(request.executeAndReturn(any())).thenThrow(new ResponseReadTimeoutException("read timed out"));
        assertEquals(MapUnavailable.Reason.JIRA_UNREACHABLE,
                assertThrows(MapUnavailable.class, () -> client.forward(Request.MethodType.POST, "/evidence/1/reconfirmations", "{}")).reason());
        AuthorisationURIGenerator generator = mock(AuthorisationURIGenerator.class);
        when(generator.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(factory.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(generator, "OAuth token needed"));
        MapUnavailable e = assertThrows(MapUnavailable.class, () -> client.forward(Request.MethodType.POST, "/evidence/1/reconfirmations", "{}"));
        assertEquals(MapUnavailable.Reason.NEEDS_AUTHORISATION, e.reason());
        assertEquals(AUTHORISE.toString(), e.authorisationUri());
    }

    @Test
    public void personasAreEmptyWhenJiraFails() throws Exception {
        jiraAnswers(200, "not json");
        assertEquals(List.of(), client.personas());
        org.mockito.Mockito.doThrow(new IllegalStateException("pool shut down")).when(request).executeAndReturn(any());
        assertEquals(List.of(), client.personas());
    }
}
