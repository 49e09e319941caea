package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** How far a day's run of a refresh job got (one row per job): its day, the last issue done, whether it finished. */
@Preload
@Table("REFRESH_PROGRESS")
public interface RefreshProgressEntity extends Entity {

    @NotNull
    @Unique
    String getJobKey();
    void setJobKey(String jobKey);

    /** ISO date of the run. */
    @NotNull
    String getRunDay();
    void setRunDay(String runDay);

    String getLastIssueKey();
    void setLastIssueKey(String lastIssueKey);

    boolean isFinished();
    void setFinished(boolean finished);
}
