package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A Jira issue linked to a piece of evidence, with its relation. */
@Preload
@Table("ISSUE_LINK")
public interface IssueLinkEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    Integer getEvidenceId();
    void setEvidenceId(Integer evidenceId);

    @NotNull
    String getRelation();
    void setRelation(String relation);

    String getLinkedBy();
    void setLinkedBy(String linkedBy);

    String getLinkedAt();
    void setLinkedAt(String linkedAt);

    String getNote();
    void setNote(String note);
}
