package com.empathyevidence.workbench.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbench's issue index, as Jira's Lucene index is Jira's: per node, in memory, the parsed documents of the issue
 * properties an {@code index-document-configuration} extracts, by property key and issue id, so a search reads and
 * parses no document it already holds.
 *
 * <p>Kept exactly current on every node of a cluster the way Jira DC replays its replicated index operations: each
 * search first {@link #catchUp catches up} with the property writes numbered after the last one this node has seen
 * ({@link WorkbenchIssueProperties#changesSince}; usually none), whichever node made them. On first use that is every
 * row, so the database of an older workbench is indexed then.
 */
public final class WorkbenchIssueIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ISSUE_PROPERTY = "IssueProperty";

    private final WorkbenchIssueProperties properties;
    private final Set<String> keys;
    private final Map<String, Map<Long, JsonNode>> documents = new ConcurrentHashMap<>();
    /** The highest change number applied; -1 before the first catch-up (rows of an older workbench have 0). */
    private long lastSeen = -1;

    /** An index of the given property keys (those an index-document-configuration names). */
    public WorkbenchIssueIndex(WorkbenchIssueProperties properties, Collection<String> keys) {
        this.properties = properties;
        this.keys = Set.copyOf(keys);
        this.keys.forEach(k -> documents.put(k, new ConcurrentHashMap<>()));
    }

    /**
     * Applies every property write committed since the last catch-up, in the order of their numbers; a search calls it
     * first, so it sees every write that committed before it started, on any node.
     */
    public synchronized void catchUp() {
        List<WorkbenchIssueProperties.Change> changes = properties.changesSince(ISSUE_PROPERTY, keys, lastSeen);
        for (WorkbenchIssueProperties.Change change : changes) {
            Map<Long, JsonNode> byIssue = documents.get(change.key());
            JsonNode parsed = change.json() == null ? null : parse(change.json());
            if (parsed == null) {
                byIssue.remove(change.entityId()); // deleted, or not JSON: nothing indexed, as Jira indexes nothing of it
            } else {
                byIssue.put(change.entityId(), parsed);
            }
            lastSeen = Math.max(lastSeen, change.seq());
        }
        if (lastSeen < 0) {
            lastSeen = 0; // an empty table: the unnumbered rows of an older workbench cannot appear later
        }
    }

    /** The parsed property of one issue as of the last catch-up; null when it has none (or it is not indexed). */
    public JsonNode document(String propertyKey, long issueId) {
        Map<Long, JsonNode> byIssue = documents.get(propertyKey);
        return byIssue == null ? null : byIssue.get(issueId);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
