package com.empathyevidence.confluence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.empathyevidence.domain.ProjectFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import jakarta.inject.Inject;

/**
 * The last map Jira gave each viewer, in the host's Atlassian Cache, shown (with a plain notice) when Jira cannot be
 * reached. Keyed by viewing user, persona and project filter: a map is only ever shown again to the user Jira
 * answered, so one user's permissions never leak to another. Only "Jira could not be reached" falls back to it;
 * a refusal (no access, no persona) never does, so revoking access in Jira takes effect at once.
 *
 * <p>A local (per-node) cache: it is a fallback, not a source of truth, so a node that has not served this user yet
 * simply has nothing to fall back on, and no map is copied across the cluster on every page view. Values are
 * Serializable (gzip-compressed JSON, as Jira sent it) and expire a day after they were written.
 */
@ConfluenceComponent
public class LastGoodMaps {

    static final String CACHE_NAME = LastGoodMaps.class.getName() + ".lastGoodMap";
    static final int MAX_ENTRIES = 500;
    static final long EXPIRE_HOURS = 24;

    private final Cache<String, Entry> cache;
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

    /** A map as Jira last answered it for one viewer. */
    public record Entry(byte[] gzippedJson, String jiraBaseUrl, long fetchedAtMillis) implements Serializable {
        private static final long serialVersionUID = 1L;

        public String json() {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedJson))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Instant fetchedAt() {
            return Instant.ofEpochMilli(fetchedAtMillis);
        }

        static Entry of(String json, String jiraBaseUrl, Instant fetchedAt) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Entry(bytes.toByteArray(), jiraBaseUrl, fetchedAt.toEpochMilli());
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
        try {
            remember(viewer(), personaKey, projects, json, jiraBaseUrl, fetchedAt);
        } catch (RuntimeException cacheFailed) {
            // a fallback only: the map Jira just sent is shown all the same
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
        String key = key(userKey, personaKey, projects);
        if (key != null) {
            cache.put(key, Entry.of(json, jiraBaseUrl, fetchedAt));
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
        return key == null ? Optional.empty() : Optional.ofNullable(cache.get(key));
    }
}
