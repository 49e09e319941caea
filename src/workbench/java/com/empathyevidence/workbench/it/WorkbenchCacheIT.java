package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import com.empathyevidence.workbench.host.WorkbenchCacheManager;
import org.junit.Test;

/**
 * The workbench's Atlassian Cache keeps the cache types' rules (DAC "Atlassian Cache 2 overview": local caches hold
 * values by reference; cluster caches need Serializable values) and refuses plugin classes, which would outlive a
 * plugin upgrade in the host's cache.
 */
public class WorkbenchCacheIT {

    private final WorkbenchCacheManager caches = new WorkbenchCacheManager();

    /** A class of "the plugin" (loaded by the application class loader, not the JDK's). */
    private record PluginValue(String json) implements java.io.Serializable {
    }

    @Test
    public void aLocalCacheHoldsJdkValuesByReference() {
        Cache<String, Object> local = caches.getCache("t.local", null, new CacheSettingsBuilder().local().build());
        Object notSerializable = new Object();
        local.put("a", notSerializable);
        assertSame(notSerializable, local.get("a"));
        local.put("b", "{\"json\":true}");
        assertEquals("{\"json\":true}", local.get("b"));
    }

    @Test
    public void aClusterCacheNeedsSerializableValues() {
        Cache<String, Object> cluster = caches.getCache("t.cluster", null, new CacheSettingsBuilder().remote().build());
        cluster.put("a", "fine");
        refused(() -> cluster.put("b", new Object()), "Serializable");
    }

    @Test
    public void noCacheTakesAPluginClass() {
        Cache<String, Object> local = caches.getCache("t.plugin", null, new CacheSettingsBuilder().local().build());
        refused(() -> local.put("a", new PluginValue("{}")), "plugin class");
        refused(() -> local.put("b", new PluginValue[] {new PluginValue("{}")}), "plugin class");
    }

    private static void refused(Runnable put, String because) {
        try {
            put.run();
            fail("expected the cache to refuse the value");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(because));
        }
    }
}
