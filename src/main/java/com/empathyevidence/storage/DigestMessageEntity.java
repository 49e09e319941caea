package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The digest (issue 16): one recipient's message of a claimed week, PENDING until handed to the mail queue, then SENT. */
@Preload
@Table("DIGEST_MESSAGE")
public interface DigestMessageEntity extends Entity {

    @NotNull
    String getWeek();
    void setWeek(String week);

    @NotNull
    String getRecipient();
    void setRecipient(String recipient);

    @NotNull
    String getToAddress();
    void setToAddress(String toAddress);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSubject();
    void setSubject(String subject);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();
    void setBody(String body);

    /** PENDING or SENT. */
    @NotNull
    @Indexed
    String getStatus();
    void setStatus(String status);

    String getSentAt();
    void setSentAt(String sentAt);
}
