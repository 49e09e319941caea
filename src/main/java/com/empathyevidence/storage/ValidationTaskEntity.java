package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A Jira issue created from the map to validate an assumption (map item): shown as "Being validated in KEY" only
 * while the issue also links the item ADDRESSES ({@link com.empathyevidence.domain.ValidationTask#marks}).
 */
@Preload
@Table("VALIDATION_TASK")
public interface ValidationTaskEntity extends Entity {

    /** issueKey|M<id>, the key of the ADDRESSES link it stands beside: one task per issue and item. */
    @NotNull
    @Unique
    String getTaskKey();
    void setTaskKey(String taskKey);

    @NotNull
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    Integer getMapItemId();
    void setMapItemId(Integer mapItemId);

    String getCreatedBy();
    void setCreatedBy(String createdBy);

    @NotNull
    String getCreatedAt();
    void setCreatedAt(String createdAt);
}
