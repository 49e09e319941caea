package com.empathyevidence.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.empathyevidence.domain.ProjectFilter;
import com.empathyevidence.workbench.host.WorkbenchCacheManager;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/** A kept render is handed back only for the same viewer, map, parameters, mode and language, exactly as kept. */
public class RenderedMapsTest {

    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final WorkbenchCacheManager caches = new WorkbenchCacheManager();
    private final RenderedMaps maps = new RenderedMaps(caches, users, locales);
    private final Map<String, String> extended = Map.of("persona", "ACCOUNTANT", "layout", "extended");

    private void as(String user, Locale locale) {
        when(users.getRemoteUserKey()).thenReturn(user == null ? null : new UserKey(user));
        when(locales.getLocale()).thenReturn(locale);
    }

    @Test
    public void theViewerGetsBackExactlyTheRenderKeptForThatMapAndThoseInputs() {
        as("pm", Locale.ENGLISH);
        String html = "<div class=\"empathy-map\">Amira · “I re-key every line” ü</div>\n<p>two lines</p>";
        maps.keep("ACCOUNTANT", ProjectFilter.ALL, extended, false, new RenderedMaps.Kept("\"v1\"", "http://jira", html));

        RenderedMaps.Kept kept = maps.kept("ACCOUNTANT", ProjectFilter.ALL, Map.of("layout", "extended", "persona", "ACCOUNTANT"), false).orElseThrow();
        assertEquals(html, kept.html());
        assertEquals("\"v1\"", kept.etag());
        assertEquals("http://jira", kept.jiraBaseUrl());

        // any other input of the render is another render
        assertTrue(maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, true).isEmpty());
        assertTrue(maps.kept("ACCOUNTANT", ProjectFilter.ALL, Map.of("persona", "ACCOUNTANT", "layout", "classic"), false).isEmpty());
        assertTrue(maps.kept("ACCOUNTANT", ProjectFilter.parse("projects", "DEMO"), extended, false).isEmpty());
        assertTrue(maps.kept("FREELANCER", ProjectFilter.ALL, extended, false).isEmpty());
        as("pm", Locale.GERMAN);
        assertTrue("another language", maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).isEmpty());
        as("viewer", Locale.ENGLISH);
        assertTrue("another viewer", maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).isEmpty());
        as(null, Locale.ENGLISH);
        assertTrue("the anonymous get nothing", maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).isEmpty());

        as("pm", Locale.ENGLISH);
        maps.forget("ACCOUNTANT", ProjectFilter.ALL, extended, false);
        assertTrue(maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).isEmpty());
    }

    @Test
    public void nothingIsKeptForTheAnonymousOrWithoutAVersion() {
        as(null, Locale.ENGLISH);
        maps.keep("ACCOUNTANT", ProjectFilter.ALL, extended, false, new RenderedMaps.Kept("\"v1\"", "http://jira", "<div/>"));
        as("pm", Locale.ENGLISH);
        maps.keep("ACCOUNTANT", ProjectFilter.ALL, extended, false, new RenderedMaps.Kept(null, "http://jira", "<div/>"));
        assertTrue(maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).isEmpty());
    }

    @Test
    public void noChoiceOfParametersSpellsAnotherViewersOrAnotherMapsKey() {
        assertNull(RenderedMaps.key(null, "X", ProjectFilter.ALL, Map.of(), false, Locale.ENGLISH));
        assertNotEquals(RenderedMaps.key("pm", "X", ProjectFilter.ALL, Map.of("a", "b:c"), false, Locale.ENGLISH),
                RenderedMaps.key("pm", "X", ProjectFilter.ALL, Map.of("a", "b", "c", ""), false, Locale.ENGLISH));
        assertNotEquals(RenderedMaps.key("pm", "X", ProjectFilter.ALL, Map.of("layout", "x:ro=true"), false, Locale.ENGLISH),
                RenderedMaps.key("pm", "X", ProjectFilter.ALL, Map.of("layout", "x"), true, Locale.ENGLISH));
        assertTrue(RenderedMaps.key("pm", "X", ProjectFilter.ALL, Map.of(), false, Locale.ENGLISH)
                .startsWith(LastGoodMaps.key("pm", "X", ProjectFilter.ALL) + ":"));
    }

    @Test
    public void aConfirmationKeepsTheSameHtmlWithTheNewMinuteWithoutPackingItAgain() {
        as("pm", Locale.ENGLISH);
        long minute = RenderedMaps.minuteOf(java.time.Instant.now());
        maps.keep("ACCOUNTANT", ProjectFilter.ALL, extended, false, new RenderedMaps.Kept("\"v1\"", "http://jira", "<div>map</div>"));
        RenderedMaps.Kept kept = maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).orElseThrow();
        assertTrue("kept in the minute it was rendered", Math.abs(kept.confirmedMinute() - minute) <= 1);

        maps.confirmed("ACCOUNTANT", ProjectFilter.ALL, extended, false, kept, minute + 7);
        RenderedMaps.Kept again = maps.kept("ACCOUNTANT", ProjectFilter.ALL, extended, false).orElseThrow();
        assertEquals(minute + 7, again.confirmedMinute());
        assertEquals("<div>map</div>", again.html());
        assertEquals("\"v1\"", again.etag());
        assertEquals("the stored HTML written back as it was", kept.packed(), again.packed());
    }

    @Test
    public void anythingElseFoundUnderAKeyIsIgnored() {
        assertTrue(RenderedMaps.read(42).isEmpty());
        assertTrue(RenderedMaps.read("r1\n\"v\"\nhttp://jira\nnot base64 at all!").isEmpty());
        assertTrue(RenderedMaps.read("r0\n\"v\"\nhttp://jira\n" + "AAAA").isEmpty());
        assertTrue(RenderedMaps.read("r1\n\nhttp://jira\nAAAA").isEmpty());
        assertTrue("an earlier version's value", RenderedMaps.read("r1\n\"v\"\nhttp://jira\n" + CachedText.pack("<p>x</p>")).isEmpty());
        assertTrue(RenderedMaps.read("r2\n\"v\"\nhttp://jira\nnot a minute\n" + CachedText.pack("<p>x</p>")).isEmpty());
        String written = RenderedMaps.write(new RenderedMaps.Kept("\"v\"", null, "<p>x</p>"));
        RenderedMaps.Kept back = RenderedMaps.read(written).orElseThrow();
        assertEquals("<p>x</p>", back.html());
        assertNull(back.jiraBaseUrl());
        assertFalse(written.contains("<p>"));
    }
}
