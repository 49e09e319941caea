package com.empathyevidence.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.empathyevidence.domain.ProjectFilter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The last good map is kept per viewer, persona and project filter, and only ever handed back to that viewer. */
public class LastGoodMapsTest {

    private CacheSettings settings;
    private final Map<Object, Object> store = new HashMap<>();

    private final CacheManager host = new CacheManager() {
        @Override
        @SuppressWarnings("unchecked")
        public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings s) {
            settings = s;
            return new Cache<>() {
                @Override
                public String getName() {
                    return name;
                }

                @Override
                public V get(K key) {
                    return (V) store.get(key);
                }

                @Override
                public void put(K key, V value) {
                    store.put(key, value);
                }

                @Override
                public void remove(K key) {
                    store.remove(key);
                }

                @Override
                public void removeAll() {
                    store.clear();
                }
            };
        }
    };

    private final LastGoodMaps maps = new LastGoodMaps(host, null);
    private final Instant at = Instant.parse("2026-03-02T10:42:00Z");

    @Test
    public void aViewerGetsBackExactlyWhatJiraSentThem() {
        maps.remember("pm", "ACCOUNTANT", ProjectFilter.ALL, "{\"name\":\"Amira\"}", "http://jira", at);
        LastGoodMaps.Entry entry = maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.ALL).orElseThrow();
        assertEquals("{\"name\":\"Amira\"}", entry.json());
        assertEquals("http://jira", entry.jiraBaseUrl());
        assertEquals(at, entry.fetchedAt());
    }

    @Test
    public void anotherViewerNeverGetsItEvenForTheSameMacro() {
        maps.remember("pm", "ACCOUNTANT", ProjectFilter.ALL, "{}", "http://jira", at);
        assertFalse(maps.lastGood("viewer", "ACCOUNTANT", ProjectFilter.ALL).isPresent());
        assertFalse("anonymous readers get nothing", maps.lastGood(null, "ACCOUNTANT", ProjectFilter.ALL).isPresent());
    }

    @Test
    public void anonymousAnswersAreNotKept() {
        maps.remember(null, "ACCOUNTANT", ProjectFilter.ALL, "{}", "http://jira", at);
        assertTrue(store.isEmpty());
    }

    @Test
    public void theProjectFilterIsPartOfTheKeyInOneSpelling() {
        maps.remember("pm", "ACCOUNTANT", ProjectFilter.parse("projects", "demo, BILL"), "{\"f\":1}", "http://jira", at);
        assertFalse(maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.ALL).isPresent());
        assertTrue(maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.parse("projects", "BILL,DEMO")).isPresent());
    }

    @Test
    public void noPersonaOrProjectSpellingCanReachAnotherUsersKey() {
        // Length-prefixed parts: "a:b" + "c" and "a" + "b:c" are different keys.
        assertNotEquals(LastGoodMaps.key("pm:1", "X", ProjectFilter.ALL), LastGoodMaps.key("pm", "1:X", ProjectFilter.ALL));
        assertNull(LastGoodMaps.key("", "X", ProjectFilter.ALL));
    }

    @Test
    public void forgettingRemovesOnlyThatViewersCopy() {
        maps.remember("pm", "ACCOUNTANT", ProjectFilter.ALL, "{}", "http://jira", at);
        maps.remember("admin", "ACCOUNTANT", ProjectFilter.ALL, "{}", "http://jira", at);
        maps.forget("pm", "ACCOUNTANT", ProjectFilter.ALL);
        assertFalse(maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.ALL).isPresent());
        assertTrue(maps.lastGood("admin", "ACCOUNTANT", ProjectFilter.ALL).isPresent());
    }

    @Test
    public void theCacheIsBoundedAndExpires() {
        assertEquals(Integer.valueOf(LastGoodMaps.MAX_ENTRIES), settings.getMaxEntries());
        assertEquals(Long.valueOf(LastGoodMaps.EXPIRE_HOURS * 3_600_000L), settings.getExpireAfterWrite());
        assertEquals(Boolean.TRUE, settings.getLocal());
    }

    @Test
    public void theCacheHoldsOnlyStringsNeverAPluginClass() {
        // The host's cache outlives a plugin upgrade: a value of one of the plugin's classes would come back, after the
        // upgrade, as an instance of the old plugin's class, and fail with a ClassCastException.
        String big = "{\"big\":\"" + "x".repeat(100_000) + "\"}";
        maps.remember("pm", "ACCOUNTANT", ProjectFilter.ALL, big, "http://jira", at);
        assertEquals(1, store.size());
        Object value = store.values().iterator().next();
        assertEquals(String.class, value.getClass());
        assertTrue("kept compressed: " + ((String) value).length(), ((String) value).length() < 5_000);
        assertEquals(big, maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.ALL).orElseThrow().json());
    }

    @Test
    public void whatAnOlderPluginLeftIsIgnoredAndDropped() throws Exception {
        String key = LastGoodMaps.key("pm", "ACCOUNTANT", ProjectFilter.ALL);
        List<Object> leftovers = List.of(
                "{\"json\":\"{}\",\"jiraBaseUrl\":\"http://jira\",\"fetchedAtMillis\":1}", // an older shape
                "{\"v\":1,\"gzip\":\"\",\"fetchedAt\":1}",                                      // an older version
                "{\"v\":2,\"gzip\":\"bm90IGd6aXA=\",\"fetchedAt\":1}",                           // not gzip
                "{\"v\":2,\"gzip\":\"%%%\",\"fetchedAt\":1}",                                    // not Base64
                "{\"v\":2,\"gzip\":\"\"}",                                                        // no time
                "not json at all", "", "[]", "null",
                new byte[] {1, 2, 3},                                                                // another type
                new OldEntry("{}", "http://jira", 1L));                                              // an old plugin class
        for (Object leftover : leftovers) {
            store.put(key, leftover);
            assertEquals("ignored: " + leftover, Optional.empty(), maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.ALL));
            assertFalse("dropped: " + leftover, store.containsKey(key));
        }
        // and the next good answer is kept as ever
        maps.remember("pm", "ACCOUNTANT", ProjectFilter.ALL, "{\"name\":\"Amira\"}", "http://jira", at);
        assertEquals("{\"name\":\"Amira\"}", maps.lastGood("pm", "ACCOUNTANT", ProjectFilter.ALL).orElseThrow().json());
    }

    /** Stands for the value class an older plugin cached (today's code would have cast it). */
    private record OldEntry(String json, String jiraBaseUrl, long fetchedAtMillis) implements java.io.Serializable {
    }
}
