package com.atlassian.jira.entity.property;

import java.util.List;

// Mirrors com.atlassian.jira.entity.property.JsonEntityPropertyManager (jira-api, @ExperimentalApi "@since v6.1", public source copy of the interface; subset: the event-free calls, the fugue Function2 overload of put is left out)
public interface JsonEntityPropertyManager {

    /** @return the matching property, or {@code null} if the property does not exist */
    EntityProperty get(String entityName, Long entityId, String key);

    /** Sets the value (JSON, at most {@link #getMaximumValueLength()} chars), or deletes it when {@code json} is null. */
    @Deprecated
    void put(String entityName, Long entityId, String key, String json);

    void putDryRun(String entityName, String key, String json);

    void delete(String entityName, Long entityId, String key);

    /** Currently 32,768. */
    int getMaximumValueLength();

    List<String> findKeys(String entityName, String keyPrefix);

    List<String> findKeys(String entityName, Long entityId);

    boolean exists(String entityName, Long entityId, String key);
}
