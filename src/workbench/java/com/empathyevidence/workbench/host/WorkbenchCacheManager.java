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
 * write). Like the Confluence Data Center plugin validator, it refuses values that are not Serializable, so a
 * plugin that works here can be replicated in a cluster.
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
        private final Map<K, Stamped<V>> entries;

        MemoryCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
            this.name = name;
            this.loader = loader;
            Long write = settings == null ? null : settings.getExpireAfterWrite();
            this.expireAfterWriteMillis = write == null ? 3_600_000L : write; // Atlassian Cache's default: one hour
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
            requireSerializable(key);
            requireSerializable(value);
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

        private void requireSerializable(Object o) {
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(o);
            } catch (NotSerializableException e) {
                throw new IllegalArgumentException("Cache " + name + ": values must be Serializable to work in a cluster: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
