package com.empathyevidence.workbench.host;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's Atlassian Cache, in memory: named caches with the plugin's settings (max entries, expiry after
 * write). As Atlassian Cache 2 documents its cache types (DAC "Atlassian Cache 2 overview"): a local cache holds keys
 * and values by reference; a cluster or hybrid cache ({@code local} not set) needs Serializable keys, and a cluster
 * cache Serializable values, "enforced at run time" — here on every put, so a plugin that works here also works on
 * a cluster.
 *
 * <p>Stricter than the host in one point: a value must be a JDK type (String, a boxed number, a JDK collection...),
 * never a class of the plugin. The host's caches outlive a plugin upgrade, and a value of the old plugin's class
 * would reach the new plugin as a type it cannot cast (ClassCastException). Atlassian Cache does not refuse such a
 * value; the workbench does, so that mistake shows up in tests instead of after an upgrade.
 */
public final class WorkbenchCacheManager implements CacheManager {

    private final Map<String, MemoryCache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new MemoryCache<>(n, loader, settings));
    }

    /** Empties every cache (a host administrator's "flush caches"). */
    public void flushAll() {
        caches.values().forEach(MemoryCache::removeAll);
    }

    private static final class MemoryCache<K, V> implements Cache<K, V> {
        private final String name;
        private final CacheLoader<K, V> loader;
        private final long expireAfterWriteMillis;
        private final boolean local;
        private final Map<K, Stamped<V>> entries;

        MemoryCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
            this.name = name;
            this.loader = loader;
            Long write = settings == null ? null : settings.getExpireAfterWrite();
            this.expireAfterWriteMillis = write == null ? 3_600_000L : write; // Atlassian Cache's default: one hour
            this.local = settings != null && Boolean.TRUE.equals(settings.getLocal());
            Integer max = settings == null ? null : settings.getMaxEntries();
            int maxEntries = max == null ? 10_000 : max;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, Stamped<V>> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        private record Stamped<V>(V value, long writtenAt) {
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public synchronized V get(K key) {
            Stamped<V> stamped = entries.get(key);
            if (stamped != null && System.currentTimeMillis() - stamped.writtenAt() > expireAfterWriteMillis) {
                entries.remove(key);
                stamped = null;
            }
            if (stamped == null && loader != null) {
                V loaded = loader.load(key);
                put(key, loaded);
                return loaded;
            }
            return stamped == null ? null : stamped.value();
        }

        @Override
        public synchronized void put(K key, V value) {
            requireJdkType(value);
            if (!local) {
                requireSerializable(key);
                requireSerializable(value);
            }
            entries.put(key, new Stamped<>(value, System.currentTimeMillis()));
        }

        @Override
        public synchronized void remove(K key) {
            entries.remove(key);
        }

        @Override
        public synchronized void removeAll() {
            entries.clear();
        }

        private void requireJdkType(Object value) {
            Class<?> type = value == null ? null : value.getClass();
            while (type != null && type.isArray()) {
                type = type.getComponentType();
            }
            if (type != null && !type.isPrimitive() && !isJdk(type)) {
                throw new IllegalArgumentException("Cache " + name + ": " + type.getName() + " is a plugin class; the host's cache"
                        + " outlives a plugin upgrade, where it would fail with a ClassCastException. Cache a String or another JDK type.");
            }
        }

        private static boolean isJdk(Class<?> type) {
            ClassLoader loader = type.getClassLoader();
            return loader == null || loader == ClassLoader.getPlatformClassLoader();
        }

        private void requireSerializable(Object o) {
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(o);
            } catch (NotSerializableException e) {
                throw new IllegalArgumentException("Cache " + name + ": keys and values of a cluster cache must be Serializable: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
