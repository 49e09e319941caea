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
 * The host's Atlassian Cache, in each node's memory (on a cluster, replicated as declared: see the cluster
 * constructor): named caches with the plugin's settings (max entries, expiry after
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

    static final String TOPIC = "atlassian-cache";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Map<String, MemoryCache<?, ?>> caches = new ConcurrentHashMap<>();
    /** The other nodes, or null on a single node. */
    private final ClusterBus bus;

    /** A single node's caches. */
    public WorkbenchCacheManager() {
        this(null);
    }

    /**
     * A cluster node's caches, by their declared settings as Atlassian Cache plays them on a cluster: a {@code local()}
     * cache stays on its node (nothing reaches the others); a cache replicated via copy sends every put's key and value
     * and every removal to the other nodes; any other cluster cache (replicated via invalidation, the default) keeps its
     * values on each node and tells the others to drop a key on every put or removal. A value loaded by the cache's
     * loader is not replicated. The messages go through {@link ClusterBus} (the database).
     */
    public WorkbenchCacheManager(ClusterBus bus) {
        this.bus = bus;
        if (bus != null) {
            bus.addListener(this::onMessage);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new MemoryCache<>(this, n, loader, settings));
    }

    private void publish(String cache, String op, Object key, Object value) {
        if (bus == null) {
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
        body.put("cache", cache);
        body.put("op", op);
        if (key != null) {
            body.put("key", java.util.Base64.getEncoder().encodeToString(serialize(key)));
        }
        if (value != null) {
            body.put("value", java.util.Base64.getEncoder().encodeToString(serialize(value)));
        }
        bus.publish(TOPIC, body.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void onMessage(ClusterBus.Message message) {
        if (!TOPIC.equals(message.topic())) {
            return;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode body = JSON.readTree(message.body());
            MemoryCache cache = caches.get(body.path("cache").asText());
            if (cache == null) {
                return; // not made on this node yet: nothing to drop, nobody to copy to
            }
            String op = body.path("op").asText();
            Object key = body.hasNonNull("key") ? deserialize(body.get("key").asText()) : null;
            switch (op) {
                case "removeAll" -> cache.localRemoveAll();
                case "remove" -> cache.localRemove(key);
                case "put" -> {
                    if (cache.viaCopy && body.hasNonNull("value")) {
                        cache.localPut(key, deserialize(body.get("value").asText()));
                    } else {
                        cache.localRemove(key);
                    }
                }
                default -> {
                    // a message of a newer workbench: ignore
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read the cache message " + message.id() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Object o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(String base64) throws IOException, ClassNotFoundException {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(base64)))) {
            return in.readObject();
        }
    }

    /** Empties every cache (a host administrator's "flush caches"; on a cluster, on this node only). */
    public void flushAll() {
        caches.values().forEach(MemoryCache::localRemoveAll);
    }

    private static final class MemoryCache<K, V> implements Cache<K, V> {
        private final WorkbenchCacheManager manager;
        private final boolean viaCopy;
        private final String name;
        private final CacheLoader<K, V> loader;
        private final long expireAfterWriteMillis;
        private final boolean local;
        private final Map<K, Stamped<V>> entries;

        MemoryCache(WorkbenchCacheManager manager, String name, CacheLoader<K, V> loader, CacheSettings settings) {
            this.manager = manager;
            this.name = name;
            this.loader = loader;
            Long write = settings == null ? null : settings.getExpireAfterWrite();
            this.expireAfterWriteMillis = write == null ? 3_600_000L : write; // Atlassian Cache's default: one hour
            this.local = settings != null && Boolean.TRUE.equals(settings.getLocal());
            this.viaCopy = !local && settings != null && Boolean.TRUE.equals(settings.getReplicateViaCopy());
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
                check(key, loaded);
                localPut(key, loaded); // a load is this node's own: not replicated
                return loaded;
            }
            return stamped == null ? null : stamped.value();
        }

        @Override
        public void put(K key, V value) {
            check(key, value);
            localPut(key, value);
            if (!local) {
                manager.publish(name, "put", key, viaCopy ? value : null);
            }
        }

        @Override
        public void remove(K key) {
            localRemove(key);
            if (!local) {
                manager.publish(name, "remove", key, null);
            }
        }

        @Override
        public void removeAll() {
            localRemoveAll();
            if (!local) {
                manager.publish(name, "removeAll", null, null);
            }
        }

        private void check(K key, V value) {
            requireJdkType(value);
            if (!local) {
                requireSerializable(key);
                requireSerializable(value);
            }
        }

        synchronized void localPut(K key, V value) {
            entries.put(key, new Stamped<>(value, System.currentTimeMillis()));
        }

        synchronized void localRemove(K key) {
            entries.remove(key);
        }

        synchronized void localRemoveAll() {
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
