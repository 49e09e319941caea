package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** "Still true as of": append-only history per piece of evidence. */
@Preload
@Table("RECONFIRMATION")
public interface ReconfirmationEntity extends Entity {

    @NotNull
    @Indexed
    Integer getEvidenceId();
    void setEvidenceId(Integer evidenceId);

    @NotNull
    @StringLength(10)
    String getConfirmedOn();
    void setConfirmedOn(String confirmedOn);

    @StringLength(StringLength.UNLIMITED)
    String getNote();
    void setNote(String note);

    String getAuthor();
    void setAuthor(String author);

    String getRecordedAt();
    void setRecordedAt(String recordedAt);
}
