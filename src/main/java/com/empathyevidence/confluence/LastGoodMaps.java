package com.empathyevidence.confluence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.empathyevidence.domain.ProjectFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;

/**
 * The last map Jira gave each viewer, in the host's Atlassian Cache, shown (with a plain notice) when Jira cannot be
 * reached, and revalidated on every view: it is kept with the version (ETag) Jira gave it, and when Jira answers
 * {@code 304 Not Modified} to that version the kept map is shown as current. Keyed by viewing user, persona and project filter: a map is only ever shown again to the user Jira
 * answered, so one user's permissions never leak to another. Only "Jira could not be reached" falls back to it;
 * a refusal (no access, no persona) never does, so revoking access in Jira takes effect at once.
 *
 * <p>A local (per-node) cache: it is a fallback, not a source of truth, so a node that has not served this user yet
 * simply has nothing to fall back on, and no map is copied across the cluster on every page view. Expires a day
 * after writing.
 *
 * <p>The host's cache outlives the plugin: after an upgrade the new plugin reads what the old one wrote. So the cache
 * holds only {@link String}s, never a class of the plugin (whose old copy would fail with a ClassCastException): one
 * JSON object {@code {"v":2,"jiraBaseUrl":..,"fetchedAt":<epoch ms>,"gzip":"<Base64 of the gzipped map JSON>"}}.
 * Anything else found under a key (another type, another version, garbage) is ignored and removed, never thrown.
 */
@ConfluenceComponent
public class LastGoodMaps {

    static final String CACHE_NAME = LastGoodMaps.class.getName() + ".lastGoodMap";
    static final int MAX_ENTRIES = 500;
    static final long EXPIRE_HOURS = 24;
    /** The shape of a cached value; a value of any other version is ignored. */
    static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values are declared Object: whatever an older plugin left there must be checked before it is used. */
    private final Cache<String, Object> cache;
    private final UserManager users;

    @Inject
    public LastGoodMaps(@ConfluenceImport CacheManager cacheManager, @ConfluenceImport UserManager users) {
        this.users = users;
        this.cache = cacheManager.getCache(CACHE_NAME, null, new CacheSettingsBuilder()
                .local()
                .expireAfterWrite(EXPIRE_HOURS, TimeUnit.HOURS)
                .maxEntries(MAX_ENTRIES)
                .build());
    }

    /** A map as Jira last answered it for one viewer (read from the cached string; never itself cached). */
    public record Entry(String json, String jiraBaseUrl, Instant fetchedAt, String etag) {
    }

    /** The cached form: a JSON string. */
    static String write(String json, String jiraBaseUrl, Instant fetchedAt) {
        return write(json, jiraBaseUrl, fetchedAt, null);
    }

    /** As {@link #write(String, String, Instant)}, with the version (ETag) Jira gave the map, to revalidate it. */
    static String write(String json, String jiraBaseUrl, Instant fetchedAt, String etag) {
        ObjectNode value = JSON.createObjectNode();
        if (etag != null) {
            value.put("etag", etag);
        }
        value.put("v", VERSION);
        value.put("jiraBaseUrl", jiraBaseUrl);
        value.put("fetchedAt", fetchedAt.toEpochMilli());
        value.put("gzip", CachedText.pack(json));
        return value.toString();
    }

    /** The entry a cached value holds, or empty for anything not written by {@link #write} in this version. */
    static Optional<Entry> read(Object cached) {
        if (!(cached instanceof String text)) {
            return Optional.empty();
        }
        try {
            JsonNode value = JSON.readTree(text);
            if (value == null || !value.isObject() || value.path("v").asInt() != VERSION || !value.path("gzip").isTextual()
                    || !value.path("fetchedAt").isIntegralNumber()) {
                return Optional.empty();
            }
            JsonNode base = value.path("jiraBaseUrl");
            JsonNode etag = value.path("etag");
            return Optional.of(new Entry(CachedText.unpack(value.get("gzip").asText()),
                    base.isTextual() ? base.asText() : null, Instant.ofEpochMilli(value.get("fetchedAt").asLong()),
                    etag.isTextual() ? etag.asText() : null));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * The cache key, or null for an anonymous viewer (nothing is kept for them). The user key comes first and every
     * part is length-prefixed, so no choice of persona key or project list can spell another user's key.
     */
    static String key(String userKey, String personaKey, ProjectFilter projects) {
        if (userKey == null || userKey.isEmpty()) {
            return null;
        }
        String filter = projects.canonical();
        return "v1:" + userKey.length() + ":" + userKey + ":" + personaKey.length() + ":" + personaKey + ":" + filter.length() + ":" + filter;
    }

    /** Keeps the map Jira just sent the viewing user. */
    public void remember(String personaKey, ProjectFilter projects, String json, String jiraBaseUrl, Instant fetchedAt) {
        remember(personaKey, projects, json, jiraBaseUrl, fetchedAt, null);
    }

    /** Keeps the map Jira just sent the viewing user, with its version (ETag), so the next view can revalidate it. */
    public void remember(String personaKey, ProjectFilter projects, String json, String jiraBaseUrl, Instant fetchedAt, String etag) {
        try {
            remember(viewer(), personaKey, projects, json, jiraBaseUrl, fetchedAt, etag);
        } catch (RuntimeException cacheFailed) {
            // a fallback only: the map Jira just sent is shown all the same
        }
    }

    /**
     * Jira said (304) that the viewing user's kept map of version {@code etag} is still current at {@code at}: the
     * copy shown when Jira cannot be reached is then "as of" that time. The kept map is not read or written again,
     * only its time; nothing changes when another version is kept.
     */
    public void confirm(String personaKey, ProjectFilter projects, String etag, Instant at) {
        try {
            String key = key(viewer(), personaKey, projects);
            if (key == null || etag == null || !(cache.get(key) instanceof String text)) {
                return;
            }
            JsonNode value = JSON.readTree(text);
            if (value instanceof ObjectNode object && value.path("v").asInt() == VERSION && etag.equals(value.path("etag").asText(null))) {
                object.put("fetchedAt", at.toEpochMilli());
                cache.put(key, object.toString());
            }
        } catch (IOException | RuntimeException cacheFailed) {
            // a fallback's time only: the map is shown all the same
        }
    }

    /** Forgets what the viewing user was shown, e.g. when Jira now refuses them. */
    public void forget(String personaKey, ProjectFilter projects) {
        try {
            forget(viewer(), personaKey, projects);
        } catch (RuntimeException cacheFailed) {
            // nothing to undo: a write Jira made stands, and a refusal is still shown as a refusal
        }
    }

    /** The viewing user's last good map for this persona and filter, if any. */
    public Optional<Entry> lastGood(String personaKey, ProjectFilter projects) {
        try {
            return lastGood(viewer(), personaKey, projects);
        } catch (RuntimeException cacheFailed) {
            return Optional.empty(); // the reader gets the plain "Jira could not be reached" message
        }
    }

    private String viewer() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }

    void remember(String userKey, String personaKey, ProjectFilter projects, String json, String jiraBaseUrl, Instant fetchedAt) {
        remember(userKey, personaKey, projects, json, jiraBaseUrl, fetchedAt, null);
    }

    void remember(String userKey, String personaKey, ProjectFilter projects, String json, String jiraBaseUrl, Instant fetchedAt, String etag) {
        String key = key(userKey, personaKey, projects);
        if (key != null) {
            cache.put(key, write(json, jiraBaseUrl, fetchedAt, etag));
        }
    }

    void forget(String userKey, String personaKey, ProjectFilter projects) {
        String key = key(userKey, personaKey, projects);
        if (key != null) {
            cache.remove(key);
        }
    }

    Optional<Entry> lastGood(String userKey, String personaKey, ProjectFilter projects) {
        String key = key(userKey, personaKey, projects);
        if (key == null) {
            return Optional.empty();
        }
        Object cached = cache.get(key);
        if (cached == null) {
            return Optional.empty();
        }
        Optional<Entry> entry = read(cached);
        if (entry.isEmpty()) {
            cache.remove(key); // left by an older plugin, or unreadable: never shown, and gone for the next reader
        }
        return entry;
    }
}
