package com.empathyevidence.confluence;

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

/** A primary Jira Application Link of mocked host APIs (SAL request and response), answering as each test says. */
abstract class ApplicationLinkFixture {

    static final URI AUTHORISE = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?id=1");

    final ApplicationLinkService links = mock(ApplicationLinkService.class);
    final ApplicationLink link = mock(ApplicationLink.class);
    final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    final JiraMapClient client = new JiraMapClient(links);

    ApplicationLinkFixture() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(link.getDisplayUrl()).thenReturn(URI.create("https://jira.example.com"));
        when(factory.getAuthorisationURI()).thenReturn(AUTHORISE);
        try {
            when(factory.createRequest(any(), anyString())).thenReturn(request);
        } catch (CredentialsRequiredException e) {
            throw new AssertionError(e);
        }
    }

    /** Jira answers this status and body. */
    @SuppressWarnings("unchecked")
    void jiraAnswers(int status, String body) throws ResponseException {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        org.mockito.Mockito.doAnswer(call -> ((ReturningResponseHandler<Response, Object>) call.getArgument(0)).handle(response))
                .when(request).executeAndReturn(any());
    }

}
