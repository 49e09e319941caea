package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A create-and-link request that was carried out, under the idempotency key its caller sent: a retry with the same
 * key finds this row (on any cluster node, since it is in the database) and gets the evidence made the first time
 * instead of a second copy. Written in the same transaction as the evidence and its link.
 */
@Preload
@Table("WRITE_REQUEST")
public interface WriteRequestEntity extends Entity {

    /** user|key: unique, so two simultaneous requests with one key cannot both write. */
    @NotNull
    @Unique
    String getRequestKey();
    void setRequestKey(String requestKey);

    @NotNull
    Integer getEvidenceId();
    void setEvidenceId(Integer evidenceId);

    @NotNull
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    String getCreatedAt();
    void setCreatedAt(String createdAt);
}
