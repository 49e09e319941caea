package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import com.empathyevidence.workbench.host.ClusterBus;
import com.empathyevidence.workbench.host.PersonalAccessTokens;
import com.empathyevidence.workbench.host.WorkbenchCacheManager;
import java.sql.DriverManager;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The workbench's Atlassian Cache on a cluster, by declared replication: two nodes' cache managers on one PostgreSQL
 * database, their messages through the real message table. Each node polls when the test says so ({@link
 * ClusterBus#pollOnce}), so "after the other node has polled" is exact.
 */
public class ClusterCacheIT {

    private static ClusterBus busA;
    private static ClusterBus busB;
    private static WorkbenchCacheManager nodeA;
    private static WorkbenchCacheManager nodeB;

    @BeforeClass
    public static void twoNodes() {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.freshDatabase("cache");
        PersonalAccessTokens.Connections connections = () -> DriverManager.getConnection(url, pg.user(), pg.password());
        busA = new ClusterBus(connections, "A", 60_000);
        busB = new ClusterBus(connections, "B", 60_000);
        nodeA = new WorkbenchCacheManager(busA);
        nodeB = new WorkbenchCacheManager(busB);
    }

    private static Cache<String, String> cache(WorkbenchCacheManager node, String name, CacheSettingsBuilder settings) {
        return node.getCache(name, null, settings.build());
    }

    @Test
    public void aLocalCacheStaysOnItsNode() {
        Cache<String, String> onA = cache(nodeA, "local", new CacheSettingsBuilder().local());
        Cache<String, String> onB = cache(nodeB, "local", new CacheSettingsBuilder().local());
        onB.put("k", "B's own");
        onA.put("k", "A's own");
        onA.remove("other");
        busB.pollOnce();
        assertEquals("B's own", onB.get("k"));
        onA.removeAll();
        busB.pollOnce();
        assertEquals("B's own", onB.get("k"));
    }

    @Test
    public void aCacheReplicatedByInvalidationDropsTheKeyOnTheOtherNodes() {
        Cache<String, String> onA = cache(nodeA, "invalidation", new CacheSettingsBuilder().remote().replicateViaInvalidation());
        Cache<String, String> onB = cache(nodeB, "invalidation", new CacheSettingsBuilder().remote().replicateViaInvalidation());
        onB.put("k", "old");
        onB.put("kept", "B");
        busA.pollOnce();
        onA.put("k", "new");
        busB.pollOnce();
        assertNull("the value is not copied, the stale one is dropped", onB.get("k"));
        assertEquals("B", onB.get("kept"));
        onB.put("k", "B again");
        busA.pollOnce();
        assertNull("B's put dropped A's value", onA.get("k"));
        onA.removeAll();
        busB.pollOnce();
        assertNull(onB.get("kept"));
    }

    @Test
    public void aCacheReplicatedByCopySendsTheValue() {
        Cache<String, String> onA = cache(nodeA, "copy", new CacheSettingsBuilder().remote().replicateViaCopy());
        Cache<String, String> onB = cache(nodeB, "copy", new CacheSettingsBuilder().remote().replicateViaCopy());
        onA.put("k", "from A");
        busB.pollOnce();
        assertEquals("from A", onB.get("k"));
        onB.remove("k");
        busA.pollOnce();
        assertNull(onA.get("k"));
        onA.put("x", "1");
        onA.put("y", "2");
        onA.removeAll();
        busB.pollOnce();
        assertNull(onB.get("x"));
        assertNull(onB.get("y"));
    }
}
