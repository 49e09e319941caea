package com.empathyevidence.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.AuthorisationURIGenerator;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.sal.api.net.ResponseReadTimeoutException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.confluence.rest.MapActionsResource;
import com.empathyevidence.domain.ProjectFilter;
import com.empathyevidence.rest.ErrorJson;
import com.empathyevidence.testsupport.BundleI18nResolver;
import com.empathyevidence.view.Texts;
import com.empathyevidence.view.ViewRenderer;
import jakarta.ws.rs.core.Response;
import java.io.Writer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

/**
 * The macro and the Confluence-side REST module over mocked host APIs (Application Link, Atlassian Cache, template
 * renderer), for every failure those can produce: the reader always gets a plain message from the bundle, and a
 * write that Jira made is never reported as failed.
 */
public class HostFailuresTest extends ApplicationLinkFixture {

    private static final String MAP = "{\"personaKey\":\"ACCOUNTANT\",\"name\":\"Accountant\",\"asOf\":\"2026-12-01\",\"sections\":[]}";

    private final Texts texts = new Texts(BundleI18nResolver.fromClasspath());
    private final TemplateRenderer templates = mock(TemplateRenderer.class);
    /** The model the macro handed the template last. */
    private Map<String, Object> model;
    @SuppressWarnings("unchecked")
    private final Cache<String, Object> cache = mock(Cache.class);
    private final CacheManager caches = mock(CacheManager.class);
    private final UserManager users = mock(UserManager.class);
    private final LastGoodMaps lastGood;
    private final ViewRenderer views = new ViewRenderer(templates, texts);
    private final EmpathyMapMacro macro;
    private final MapActionsResource actions;

    @SuppressWarnings("unchecked")
    public HostFailuresTest() throws Exception {
        doAnswer(call -> {
            model = new HashMap<>(call.getArgument(1));
            ((Writer) call.getArgument(2)).write("rendered");
            return null;
        }).when(templates).render(anyString(), any(Map.class), any(Writer.class));
        when(caches.getCache(anyString(), any(), any())).thenReturn((Cache) cache);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("pm"));
        lastGood = new LastGoodMaps(caches, users);
        macro = new EmpathyMapMacro(client, lastGood, views);
        actions = new MapActionsResource(client, lastGood, views);
    }

    private void render() {
        model = null;
        assertEquals("rendered", macro.render(Map.of("persona", "ACCOUNTANT"), false));
        assertNotNull(model);
    }

    private void cacheThrows() {
        RuntimeException down = new IllegalStateException("cache node unreachable");
        doThrow(down).when(cache).put(anyString(), any());
        doThrow(down).when(cache).remove(anyString());
        when(cache.get(anyString())).thenThrow(down);
    }

    private void cached(String json) {
        when(cache.get(anyString())).thenReturn(LastGoodMaps.write(json, "https://jira.example.com", Instant.parse("2026-12-01T09:00:00Z")));
    }

    // --- the macro ---

    @Test
    public void aCacheThatThrowsDoesNotHideAMapJiraSent() throws Exception {
        jiraAnswers(200, MAP);
        cacheThrows();
        render();
        assertNotNull(model.get("map"));
        assertNull(model.get("message"));
    }

    @Test
    public void aCacheThatThrowsWhileJiraIsDownGivesThePlainUnreachableMessage() throws Exception {
        jiraAnswers(503, "");
        cacheThrows();
        render();
        assertNull(model.get("map"));
        assertEquals(texts.get("empathy.map.error.jira_unreachable", "ACCOUNTANT", ""), model.get("message"));
    }

    @Test
    public void aCacheThatThrowsWhenJiraRefusesStillGivesTheRefusal() throws Exception {
        jiraAnswers(403, "{}");
        cacheThrows();
        render();
        assertEquals(texts.get("empathy.map.error.no_access", "ACCOUNTANT", ""), model.get("message"));
    }

    @Test
    public void credentialsRequiredOffersTheAuthoriseLink() throws Exception {
        AuthorisationURIGenerator generator = mock(AuthorisationURIGenerator.class);
        when(generator.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(factory.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(generator, "OAuth token needed"));
        render();
        assertEquals(texts.get("empathy.map.error.needs_authorisation", "ACCOUNTANT", ""), model.get("message"));
        assertEquals(AUTHORISE.toString(), model.get("authorisationUri"));
    }

    @Test
    public void a401FromJiraOffersTheAuthoriseLinkToo() throws Exception {
        jiraAnswers(401, "");
        render();
        assertEquals(AUTHORISE.toString(), model.get("authorisationUri"));
    }

    @Test
    public void aTimeoutShowsTheCachedMapWithItsNotice() throws Exception {
        when(request.executeAndReturn(any())).thenThrow(new ResponseReadTimeoutException("read timed out"));
        cached(MAP);
        render();
        assertNotNull(model.get("map"));
        assertTrue(String.valueOf(model.get("notice")), String.valueOf(model.get("notice")).length() > 0);
    }

    @Test
    public void malformedJsonFromJiraWithAnUnreadableCachedCopyGivesThePlainMessage() throws Exception {
        jiraAnswers(200, "{\"sections\": [ ");
        cached("also not json");
        render();
        assertNull(model.get("map"));
        assertEquals(texts.get("empathy.map.error.jira_unreachable", "ACCOUNTANT", ""), model.get("message"));
    }

    @Test
    public void noJiraLinkSaysSo() {
        when(links.getPrimaryApplicationLink(any())).thenReturn(null);
        render();
        assertEquals(texts.get("empathy.map.error.no_jira_link", "ACCOUNTANT", ""), model.get("message"));
    }

    // --- the Confluence-side REST module ---

    @Test
    public void aWriteJiraMadeIsReportedAsMadeEvenWhenTheCacheThrows() throws Exception {
        jiraAnswers(201, "{\"id\":7}");
        cacheThrows();
        Response answer = actions.addItem("ACCOUNTANT", null, "{\"section\":\"PAINS\",\"statement\":\"Re-keys invoices\"}");
        assertEquals(201, answer.getStatus());
        assertEquals("{\"id\":7}", answer.getEntity());
    }

    @Test
    public void aWriteNeedingAuthorisationIs401WithThePlainMessage() throws Exception {
        when(factory.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(mock(AuthorisationURIGenerator.class), "token"));
        Response answer = actions.reconfirm(1, "ACCOUNTANT", null, "{\"note\":\"still true\"}");
        assertEquals(401, answer.getStatus());
        assertEquals(texts.get("empathy.map.rest.needs_authorisation"), ((ErrorJson) answer.getEntity()).message);
    }

    @Test
    public void aWriteThatTimesOutIs503WithThePlainMessage() throws Exception {
        when(request.executeAndReturn(any())).thenThrow(new ResponseReadTimeoutException("read timed out"));
        Response answer = actions.attach(3, "ACCOUNTANT", null, "{\"evidenceId\":1}");
        assertEquals(503, answer.getStatus());
        assertEquals(texts.get("empathy.map.rest.jira_unreachable"), ((ErrorJson) answer.getEntity()).message);
    }

    @Test
    public void jirasRefusalOfAWriteReachesTheFormUnchangedAndTheCacheStays() throws Exception {
        jiraAnswers(403, "{\"status\":403,\"message\":\"You can't change evidence owned by project BILL\"}");
        Response answer = actions.reconfirm(1, "ACCOUNTANT", null, "{\"note\":\"x\"}");
        assertEquals(403, answer.getStatus());
        assertTrue(String.valueOf(answer.getEntity()).contains("BILL"));
        org.mockito.Mockito.verify(cache, org.mockito.Mockito.never()).remove(anyString());
    }

    @Test
    public void theSearchWhenJiraSendsA500PassesItOn() throws Exception {
        jiraAnswers(500, "{\"status\":500,\"message\":\"Something went wrong on our side.\"}");
        Response answer = actions.search("invoice", "ACCOUNTANT", 10);
        assertEquals(500, answer.getStatus());
    }

    @Test
    public void theMapAfterAWriteRendersThePlainMessageWhenTheCacheThrows() throws Exception {
        jiraAnswers(502, "");
        cacheThrows();
        Response answer = actions.map("ACCOUNTANT", null, null, null, null, null, null);
        assertEquals(200, answer.getStatus());
        assertFalse(String.valueOf(model.get("message")).isEmpty());
    }

    @Test
    public void anAnonymousViewerIsNeverCached() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(null);
        jiraAnswers(200, MAP);
        cacheThrows(); // would throw if touched
        render();
        assertNotNull(model.get("map"));
        assertEquals(java.util.Optional.empty(), lastGood.lastGood("ACCOUNTANT", ProjectFilter.parse("projects", null)));
    }
}
