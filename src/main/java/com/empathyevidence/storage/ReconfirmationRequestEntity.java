package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * "Is this still true?": a request to a piece's owner. Append-only: it is closed by the piece's next re-confirmation
 * or its retirement ({@link com.empathyevidence.domain.ReconfirmationRequest#closure}), never by a write here.
 */
@Preload
@Table("RECONF_REQUEST")
public interface ReconfirmationRequestEntity extends Entity {

    @NotNull
    @Indexed
    Integer getEvidenceId();
    void setEvidenceId(Integer evidenceId);

    /** Up to 1,000 code points (Limits.NOTE_MAX): unlimited, never queried. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

    @NotNull
    String getRequestedBy();
    void setRequestedBy(String requestedBy);

    @NotNull
    @StringLength(40)
    String getRequestedAt();
    void setRequestedAt(String requestedAt);
}
