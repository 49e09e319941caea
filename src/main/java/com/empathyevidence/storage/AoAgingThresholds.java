package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The aging thresholds' table: read all (one query, a row per scope that has one), set or clear one scope. */
final class AoAgingThresholds {

    static final String GLOBAL_SCOPE = "*";

    private AoAgingThresholds() {
    }

    /** Scope ("*" for the global one) to percent. */
    static Map<String, Integer> all(ActiveObjects ao) {
        Map<String, Integer> result = new HashMap<>();
        for (AgingThresholdEntity e : ao.find(AgingThresholdEntity.class)) {
            result.put(e.getScope(), e.getPercent());
        }
        return result;
    }

    /** Sets (percent) or clears (null) one scope's threshold; call inside the caller's transaction. */
    static void set(ActiveObjects ao, String scope, Integer percent, String by) {
        if (percent == null) {
            ao.deleteWithSQL(AgingThresholdEntity.class, "SCOPE = ?", scope);
            return;
        }
        AgingThresholdEntity[] found = ao.find(AgingThresholdEntity.class, Query.select().where("SCOPE = ?", scope));
        if (found.length == 0) {
            ao.create(AgingThresholdEntity.class, new DBParam("SCOPE", scope), new DBParam("PERCENT", percent),
                    new DBParam("UPDATED_BY", by));
        } else {
            found[0].setPercent(percent);
            found[0].setUpdatedBy(by);
            found[0].save();
        }
    }
}
