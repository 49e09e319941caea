package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A warn-only pass of the workflow evidence check: issue, transition, who and when, what was missing (gap kinds, comma-separated). */
@Preload
@Table("WORKFLOW_PASS")
public interface WorkflowPassEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    String getTransition();
    void setTransition(String transition);

    String getUserKey();
    void setUserKey(String userKey);

    @NotNull
    String getPassedAt();
    void setPassedAt(String passedAt);

    @NotNull
    String getGaps();
    void setGaps(String gaps);
}
