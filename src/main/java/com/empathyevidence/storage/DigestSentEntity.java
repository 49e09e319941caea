package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The digest (issue 16): a recipient whose message of a week was handed to the mail queue, written in the same
 * transaction as the hand-over. Unique on "week/recipient": of two runs sending the same message (on two nodes, or
 * after a node died mid-run), one inserts the row and sends; the other fails on the unique key and sends nothing.
 */
@Preload
@Table("DIGEST_SENT")
public interface DigestSentEntity extends Entity {

    /** "2026-W49/" followed by the recipient's user key. */
    @NotNull
    @Unique
    String getSentKey();
    void setSentKey(String sentKey);

    /** ISO-8601 instant of the hand-over. */
    @NotNull
    String getSentAt();
    void setSentAt(String sentAt);
}
