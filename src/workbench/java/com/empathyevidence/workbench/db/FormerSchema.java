package com.empathyevidence.workbench.db;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The tables whose columns were widened, exactly as the plugin declared them before (version 1.0.0-SNAPSHOT of
 * 2026-12, commit a27a62d): a database they created is what an upgrade meets. Same table names, so migrating the
 * current entities over it is the hosts' upgrade. Only the tables that changed; the others are the same as today.
 */
public final class FormerSchema {

    /** The former schema: {@code current} with the tables that changed as they were declared before. */
    @SuppressWarnings("unchecked")
    static Class<? extends RawEntity<?>>[] over(Class<? extends RawEntity<?>>[] current) {
        java.util.List<Class<? extends RawEntity<?>>> entities = new java.util.ArrayList<>();
        for (Class<? extends RawEntity<?>> type : current) {
            String name = type.getSimpleName();
            entities.add(name.equals("EvidenceEntity") ? FormerEvidence.class : name.equals("MapItemEntity") ? FormerMapItem.class : type);
        }
        if (!entities.contains(FormerEvidence.class) || !entities.contains(FormerMapItem.class)) {
            throw new AssertionError("the descriptor no longer declares EvidenceEntity and MapItemEntity: " + entities);
        }
        return entities.toArray(new Class[0]);
    }

    private FormerSchema() {
    }

    @Preload
    @Table("EVIDENCE")
    @Indexes({@Index(name = "persona_section", methodNames = {"getPersonaKey", "getSection"})})
    public interface FormerEvidence extends Entity {

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

        /** "|tag|other|": one LIKE finds a tag. */
        String getTags();
        void setTags(String tags);

        @NotNull
        @Default("ACTIVE")
        String getStatus();
        void setStatus(String status);

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
         * Not in the former schema (issue 16 added it), but the former rows are written by today's store, which reads
         * every column of the preloaded entity: an added nullable column, which Active Objects' migration adds as it
         * adds any new column; the widening of the other columns is what this schema is for.
         */
        @Indexed
        String getOwner();
        void setOwner(String owner);

        @NotNull
        @Default("1")
        int getVersion();
        void setVersion(int version);
    }

    @Preload
    @Table("MAP_ITEM")
    public interface FormerMapItem extends Entity {

        @NotNull
        @Indexed
        String getPersonaKey();
        void setPersonaKey(String personaKey);

        @NotNull
        String getSection();
        void setSection(String section);

        @NotNull
        String getStatement();
        void setStatement(String statement);
    }
}
