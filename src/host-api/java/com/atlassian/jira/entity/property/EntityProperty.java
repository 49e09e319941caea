package com.atlassian.jira.entity.property;

// Mirrors com.atlassian.jira.entity.property.EntityProperty (jira-api, "@since v6.1", public source copy of the interface; subset: the getters this plugin reads)
public interface EntityProperty {
    String ID = "id";
    String ENTITY_NAME = "entityName";
    String ENTITY_ID = "entityId";
    String KEY = "propertyKey";
    String VALUE = "value";

    Long getId();

    Long getEntityId();

    String getEntityName();

    String getKey();

    String getValue();
}
