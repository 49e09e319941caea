package com.empathyevidence.workbench.host;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Jira's JSON entity property store, in memory: what the plugin writes as issue properties, shown on the workbench's
 * issue page. Enforces Jira's limits (key and entity name 255, value 32,768 characters) and that values are JSON
 * objects, so a value Jira would refuse fails here too.
 */
public final class WorkbenchIssueProperties implements JsonEntityPropertyManager {

    private record Key(String entityName, long entityId, String key) {
    }

    private record Property(Long id, Long entityId, String entityName, String key, String value) implements EntityProperty {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public Long getEntityId() {
            return entityId;
        }

        @Override
        public String getEntityName() {
            return entityName;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getValue() {
            return value;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Map<Key, Property> properties = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1);

    @Override
    public EntityProperty get(String entityName, Long entityId, String key) {
        return entityId == null ? null : properties.get(new Key(entityName, entityId, key));
    }

    @Override
    public void put(String entityName, Long entityId, String key, String json) {
        if (json == null) {
            delete(entityName, entityId, key);
            return;
        }
        putDryRun(entityName, key, json);
        if (entityId == null) {
            throw new IllegalArgumentException("entityId is required");
        }
        properties.put(new Key(entityName, entityId, key), new Property(ids.getAndIncrement(), entityId, entityName, key, json));
    }

    @Override
    public void putDryRun(String entityName, String key, String json) {
        if (entityName == null || entityName.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("entityName and key are required");
        }
        if (entityName.length() > 255 || key.length() > 255 || (json != null && json.length() > getMaximumValueLength())) {
            throw new IllegalArgumentException("Entity property too long");
        }
        try {
            if (json != null && !JSON.readTree(json).isObject()) {
                throw new IllegalArgumentException("An issue property value must be a JSON object");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void delete(String entityName, Long entityId, String key) {
        if (entityId != null) {
            properties.remove(new Key(entityName, entityId, key));
        }
    }

    @Override
    public int getMaximumValueLength() {
        return 32_768;
    }

    @Override
    public List<String> findKeys(String entityName, String keyPrefix) {
        return properties.keySet().stream().filter(k -> k.entityName().equals(entityName) && k.key().startsWith(keyPrefix))
                .map(Key::key).distinct().sorted().toList();
    }

    @Override
    public List<String> findKeys(String entityName, Long entityId) {
        return properties.keySet().stream().filter(k -> k.entityName().equals(entityName) && entityId != null && k.entityId() == entityId)
                .map(Key::key).distinct().sorted().toList();
    }

    @Override
    public boolean exists(String entityName, Long entityId, String key) {
        return get(entityName, entityId, key) != null;
    }

    /** Every property of one entity, by key: what the issue page's Properties module lists. */
    public Map<String, String> all(String entityName, long entityId) {
        Map<String, String> out = new TreeMap<>();
        for (Property p : new ArrayList<>(properties.values())) {
            if (p.entityName().equals(entityName) && p.entityId() == entityId) {
                out.put(p.key(), p.value());
            }
        }
        return out;
    }
}
