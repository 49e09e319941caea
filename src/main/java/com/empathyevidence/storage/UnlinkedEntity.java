package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A link just removed, kept for its undo: the restore token, and the link as it was (relation, note, who linked it
 * and when), so that undo puts back exactly that link. Removed on restore; a token older than a day is refused.
 */
@Preload
@Table("UNLINKED")
public interface UnlinkedEntity extends Entity {

    @NotNull
    @Unique
    String getToken();
    void setToken(String token);

    @NotNull
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

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

    String getUnlinkedBy();
    void setUnlinkedBy(String unlinkedBy);

    @NotNull
    String getUnlinkedAt();
    void setUnlinkedAt(String unlinkedAt);
}
