package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One piece of evidence. Dates are ISO-8601 strings (yyyy-MM-dd): sortable, indexable, free of time zones.
 * The latest re-confirmation is not stored here: it is derived from {@link ReconfirmationEntity} rows, so two
 * simultaneous re-confirmations can never overwrite each other.
 */
@Preload
@Table("EVIDENCE")
@Indexes({@Index(name = "persona_section", methodNames = {"getPersonaKey", "getSection"}),
        // the library's seek (AoLibraryQueries.seek): a persona's or a project's pieces by observed date, read as a range
        @Index(name = "persona_observed", methodNames = {"getPersonaKey", "getObservedOn"}),
        @Index(name = "project_observed", methodNames = {"getProjectKey", "getObservedOn"})})
public interface EvidenceEntity extends Entity {

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();
    void setText(String text);

    /** Lower-cased text and tags, for case-insensitive search with a plain LIKE on every database. */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();
    void setSearchText(String searchText);

    @NotNull
    String getKind();
    void setKind(String kind);

    @NotNull
    String getSection();
    void setSection(String section);

    @NotNull
    String getSourceKind();
    void setSourceKind(String sourceKind);

    /**
     * Up to 200 code points (Limits.SOURCE_TITLE_MAX), 400 UTF-16 units: unlimited, never queried. Not VARCHAR(450):
     * Active Objects' migration never widens a VARCHAR, it only changes a bounded column into an unlimited one.
     */
    @StringLength(StringLength.UNLIMITED)
    String getSourceTitle();
    void setSourceTitle(String sourceTitle);

    @StringLength(StringLength.UNLIMITED)
    String getSourceLink();
    void setSourceLink(String sourceLink);

    Integer getSourceMoment();
    void setSourceMoment(Integer seconds);

    @Indexed
    Integer getParticipantId();
    void setParticipantId(Integer participantId);

    @Indexed
    String getPersonaKey();
    void setPersonaKey(String personaKey);

    @Indexed
    String getProjectKey();
    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    @StringLength(10)
    String getObservedOn();
    void setObservedOn(String observedOn);

    /** "|tag|other|": one LIKE finds a tag. Ten 40-code-point tags need 411 code points: unlimited (never compared with =). */
    @StringLength(StringLength.UNLIMITED)
    String getTags();
    void setTags(String tags);

    @NotNull
    @Default("ACTIVE")
    String getStatus();
    void setStatus(String status);

    /** Up to 500 code points (Limits.REASON_MAX): unlimited, never queried. */
    @StringLength(StringLength.UNLIMITED)
    String getRetiredReason();
    void setRetiredReason(String reason);

    Integer getSuccessorId();
    void setSuccessorId(Integer successorId);

    @NotNull
    @Default("false")
    boolean isRedacted();
    void setRedacted(boolean redacted);

    String getCreatedBy();
    void setCreatedBy(String createdBy);

    @StringLength(40)
    String getCreatedAt();
    void setCreatedAt(String createdAt);

    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);

    @StringLength(40)
    String getUpdatedAt();
    void setUpdatedAt(String updatedAt);

    /**
     * The owner named for the piece (a username), null while none was named: then who recorded it owns it
     * ({@link com.empathyevidence.domain.Ownership#ownerOf}). Written only by {@link AoOwnerStore}.
     */
    @Indexed
    String getOwner();
    void setOwner(String owner);

    @NotNull
    @Default("1")
    int getVersion();
    void setVersion(int version);
}
