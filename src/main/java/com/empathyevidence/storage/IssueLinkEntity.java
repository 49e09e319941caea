package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A Jira issue linked to a piece of evidence (E) or a map item (M), with its relation. One link per target.
 * The target index leads with the id: "which issues link these targets" reads only their rows (docs/benchmarks.md).
 */
@Preload
@Table("ISSUE_LINK")
@Indexes({@Index(name = "target", methodNames = {"getTargetId", "getTargetType"})})
public interface IssueLinkEntity extends Entity {

    /** issueKey|E<id> or issueKey|M<id>: unique, so two links to one target cannot exist. */
    @NotNull
    @Unique
    String getLinkKey();
    void setLinkKey(String linkKey);

    @NotNull
    @Indexed
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    String getTargetType();
    void setTargetType(String targetType);

    @NotNull
    Integer getTargetId();
    void setTargetId(Integer targetId);

    @NotNull
    String getRelation();
    void setRelation(String relation);

    String getLinkedBy();
    void setLinkedBy(String linkedBy);

    String getLinkedAt();
    void setLinkedAt(String linkedAt);

    @net.java.ao.schema.StringLength(net.java.ao.schema.StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

}
