package com.empathyevidence.confluence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.empathyevidence.domain.ProjectFilter;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;

/**
 * The macro's last rendered map per viewer, persona, project filter and everything else the render depends on (the
 * macro's parameters, the host's read-only mode, the viewer's language), with the version (ETag) of the Jira answer it
 * was rendered from. When Jira answers {@code 304 Not Modified} to that version (Jira checks the viewer's permissions
 * for that answer too), the kept HTML is exactly what rendering the kept map again would give, so the repeat view
 * neither reads nor renders the map. Only a live page's render is kept (never an export's), and never an anonymous
 * viewer's.
 *
 * <p>A local (per-node) cache of {@link String}s only, as {@link LastGoodMaps}: one value
 * {@code "r2\n" + etag + "\n" + jiraBaseUrl + "\n" + confirmedMinute + "\n" + CachedText.pack(html)}; anything else under a key is ignored. Expires
 * a day after writing; at most {@link #MAX_ENTRIES} renders (gzipped, a 1,000-quote map is about 40 KiB).
 */
@ConfluenceComponent
public class RenderedMaps {

    static final String CACHE_NAME = RenderedMaps.class.getName() + ".renderedMap";
    static final int MAX_ENTRIES = 500;
    static final long EXPIRE_HOURS = 24;
    private static final String VERSION = "r2";

    private final Cache<String, Object> cache;
    private final UserManager users;
    private final LocaleResolver locales;

    @Inject
    public RenderedMaps(@ConfluenceImport CacheManager cacheManager, @ConfluenceImport UserManager users,
                        @ConfluenceImport LocaleResolver locales) {
        this.users = users;
        this.locales = locales;
        this.cache = cacheManager.getCache(CACHE_NAME, null, new CacheSettingsBuilder()
                .local()
                .expireAfterWrite(EXPIRE_HOURS, TimeUnit.HOURS)
                .maxEntries(MAX_ENTRIES)
                .build());
    }

    /**
     * A kept render: the HTML, the version and Jira address of the answer it was rendered from, and the minute (since
     * the epoch) Jira last said it is current; {@code packed} is the HTML as stored (null until stored).
     */
    public record Kept(String etag, String jiraBaseUrl, String html, long confirmedMinute, String packed) {
        /** What was just rendered from Jira's answer, now. */
        public Kept(String etag, String jiraBaseUrl, String html) {
            this(etag, jiraBaseUrl, html, minuteOf(java.time.Instant.now()), null);
        }
    }

    /** Minutes since the epoch: the precision of the "as of" time the copy for when Jira is down shows. */
    public static long minuteOf(java.time.Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60);
    }

    /**
     * Jira said again, in {@code minute}, that the kept render is current: kept with that minute, the stored HTML
     * written back as it was (not packed again).
     */
    public void confirmed(String personaKey, ProjectFilter projects, Map<String, String> params, boolean readOnly, Kept kept, long minute) {
        keep(personaKey, projects, params, readOnly, new Kept(kept.etag(), kept.jiraBaseUrl(), kept.html(), minute, kept.packed()));
    }

    /** The viewing user's kept render of this map with these parameters, if any. */
    public Optional<Kept> kept(String personaKey, ProjectFilter projects, Map<String, String> params, boolean readOnly) {
        try {
            String key = key(viewer(), personaKey, projects, params, readOnly, locale());
            return key == null ? Optional.empty() : read(cache.get(key));
        } catch (RuntimeException cacheFailed) {
            return Optional.empty(); // the map is asked for and rendered as on a first view
        }
    }

    /** Keeps what was just rendered for the viewing user from the Jira answer of version {@code etag}. */
    public void keep(String personaKey, ProjectFilter projects, Map<String, String> params, boolean readOnly, Kept rendered) {
        if (rendered.etag() == null) {
            return; // nothing to revalidate it with
        }
        try {
            String key = key(viewer(), personaKey, projects, params, readOnly, locale());
            if (key != null) {
                cache.put(key, write(rendered));
            }
        } catch (RuntimeException cacheFailed) {
            // a shortcut only: the next view renders again
        }
    }

    /** Forgets the viewing user's kept render of this map with these parameters (Jira refused them, or it is gone). */
    public void forget(String personaKey, ProjectFilter projects, Map<String, String> params, boolean readOnly) {
        try {
            String key = key(viewer(), personaKey, projects, params, readOnly, locale());
            if (key != null) {
                cache.remove(key);
            }
        } catch (RuntimeException cacheFailed) {
            // nothing kept can be shown without Jira's 304 for it
        }
    }

    /**
     * The cache key, or null for an anonymous viewer. It begins with {@link LastGoodMaps#key} (the user key first,
     * every part length-prefixed), then the render's other inputs, each length-prefixed too: the macro's parameters
     * in key order, the read-only mode and the language.
     */
    static String key(String userKey, String personaKey, ProjectFilter projects, Map<String, String> params, boolean readOnly, Locale locale) {
        String map = LastGoodMaps.key(userKey, personaKey, projects);
        if (map == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(map).append(":render");
        for (Map.Entry<String, String> p : new TreeMap<>(params).entrySet()) {
            String value = p.getValue() == null ? "" : p.getValue();
            key.append(':').append(p.getKey().length()).append(':').append(p.getKey()).append(':').append(value.length()).append(':').append(value);
        }
        String language = locale == null ? "" : locale.toLanguageTag();
        return key.append(":ro=").append(readOnly).append(':').append(language.length()).append(':').append(language).toString();
    }

    static String write(Kept rendered) {
        return VERSION + "\n" + rendered.etag() + "\n" + (rendered.jiraBaseUrl() == null ? "" : rendered.jiraBaseUrl()) + "\n"
                + rendered.confirmedMinute() + "\n" + (rendered.packed() != null ? rendered.packed() : CachedText.pack(rendered.html()));
    }

    static Optional<Kept> read(Object cached) {
        if (!(cached instanceof String text)) {
            return Optional.empty();
        }
        String[] parts = text.split("\n", 5);
        if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Kept(parts[1], parts[2].isEmpty() ? null : parts[2], CachedText.unpack(parts[4]),
                    Long.parseLong(parts[3]), parts[4]));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String viewer() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }

    private Locale locale() {
        return locales == null ? null : locales.getLocale();
    }
}
