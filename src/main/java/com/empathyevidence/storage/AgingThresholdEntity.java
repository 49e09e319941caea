package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An admin's aging threshold (percent of the shelf life): globally (scope "*") or for one Jira project (scope =
 * project key). A table of its own, so an instance upgraded from a release without it has no row and keeps 75 %.
 */
@Preload
@Table("AGING_THRESHOLD")
public interface AgingThresholdEntity extends Entity {

    @NotNull
    @Unique
    String getScope();
    void setScope(String scope);

    @NotNull
    Integer getPercent();
    void setPercent(Integer percent);

    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);
}
