package com.empathyevidence.rest;

import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Reconfirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The request and response bodies of the API that are plain records of fields. */
public final class Json {

    private Json() {
    }

    /** Create or update a piece of evidence. On update, send the {@code version} you read. */
    public static class EvidenceInput {
        public String text;
        /** QUOTE (default) or OBSERVATION. */
        public String kind;
        public String section;
        public String sourceKind;
        public String sourceTitle;
        public String sourceLink;
        public Integer sourceMomentSeconds;
        /** Participant alias, e.g. P-014; created when new. */
        public String participant;
        public String participantSegment;
        public String persona;
        public String project;
        /** yyyy-MM-dd. */
        public String observedOn;
        public List<String> tags = new ArrayList<>();
        public Integer version;
    }

    /** {@code GET /issues/{key}/panel}: the panel's server-rendered, escaped HTML. */
    public static class PanelJson {
        public String html;
    }

    /** Retire a piece of evidence. */
    public static class RetireInput {
        public String reason;
        public Long successorId;
    }

    /** "Still true as of": confirmedOn defaults to today. */
    public static class ReconfirmInput {
        public String confirmedOn;
        public String note;
    }

    /** One re-confirmation. */
    public static class ReconfirmationJson {
        public long id;
        public long evidenceId;
        public String confirmedOn;
        public String note;
        public String author;
        public String recordedAt;

        public static ReconfirmationJson of(Reconfirmation r) {
            ReconfirmationJson json = new ReconfirmationJson();
            json.id = r.id();
            json.evidenceId = r.evidenceId();
            json.confirmedOn = r.confirmedOn().toString();
            json.note = r.note();
            json.author = r.author();
            json.recordedAt = r.recordedAt() == null ? null : r.recordedAt().toString();
            return json;
        }
    }

    /** A participant. Aliases are pseudonyms. */
    public static class ParticipantJson {
        public long id;
        public String alias;
        public String segment;
        public String role;
        public Boolean consent;
        public boolean erased;

        public static ParticipantJson of(Participant p) {
            ParticipantJson json = new ParticipantJson();
            json.id = p.id();
            json.alias = p.alias();
            json.segment = p.segment();
            json.role = p.role();
            json.consent = p.consent();
            json.erased = p.erased();
            return json;
        }
    }

    /** Erase a participant: type the alias again to confirm. */
    public static class EraseInput {
        public String confirmAlias;
    }

    /** The outcome of an erasure. */
    public static class ErasedJson {
        public String alias;
        public int redactedQuotes;
    }

    /** A persona. */
    public static class PersonaJson {
        public String key;
        public String name;
        public String description;

        public static PersonaJson of(Persona p) {
            PersonaJson json = new PersonaJson();
            json.key = p.key();
            json.name = p.name();
            json.description = p.description();
            return json;
        }
    }

    /** A map item. */
    public static class MapItemJson {
        public long id;
        public String persona;
        public String section;
        public String statement;

        public static MapItemJson of(MapItem m) {
            MapItemJson json = new MapItemJson();
            json.id = m.id();
            json.persona = m.personaKey();
            json.section = m.section().name();
            json.statement = m.statement();
            return json;
        }
    }

    /** Back a map item with a piece of evidence. */
    public static class BackingInput {
        public Long evidenceId;
    }

    /** Link an issue to a piece of evidence or a map item (exactly one of the two ids). */
    public static class LinkInput {
        public Long evidenceId;
        public Long mapItemId;
        /** ADDRESSES, SUPPORTS (default) or CONTRADICTS. */
        public String relation;
        public String note;
    }

    /** A link from an issue. */
    public static class LinkJson {
        public long id;
        public String issueKey;
        /** evidence or map-items. */
        public String targetType;
        public long targetId;
        public String relation;
        public String linkedBy;
        public String linkedAt;
        public String note;

        public static LinkJson of(IssueLink l) {
            LinkJson json = new LinkJson();
            json.id = l.id();
            json.issueKey = l.issueKey();
            json.targetType = l.target().type() == com.empathyevidence.domain.LinkTarget.Type.EVIDENCE ? "evidence" : "map-items";
            json.targetId = l.target().id();
            json.relation = l.relation().name();
            json.linkedBy = l.linkedBy();
            json.linkedAt = l.linkedAt() == null ? null : l.linkedAt().toString();
            json.note = l.note();
            return json;
        }
    }

    /** Change a link's relation. */
    /** {@code POST /issues/{key}/evidence}: the evidence, and how to link it. */
    public static class AddEvidenceInput extends EvidenceInput {
        /** ADDRESSES, SUPPORTS (default) or CONTRADICTS. */
        public String relation;
        /** Why it is linked (optional). */
        public String note;
        /** 8 to 64 letters, digits, - or _, new for each thing typed: a retry with the same key makes no second copy. */
        public String idempotencyKey;
    }

    /** Evidence added from an issue with its link; {@code replayed} when this answers a retry of an earlier request. */
    public static class AddedEvidenceJson {
        public EvidenceJson evidence;
        /** Null only when a retry finds that the link made the first time has been removed since. */
        public LinkJson link;
        public boolean replayed;

        static AddedEvidenceJson of(com.empathyevidence.app.LinkService.Added added) {
            AddedEvidenceJson json = new AddedEvidenceJson();
            json.evidence = EvidenceJson.of(added.evidence());
            json.link = added.link() == null ? null : LinkJson.of(added.link());
            json.replayed = added.replayed();
            return json;
        }
    }

    /** {@code DELETE /issues/{key}/links/...}: the link removed, as it was, and the token that puts it back. */
    public static class UnlinkedJson {
        public LinkJson link;
        /** For {@code POST /issues/{key}/links/restore}, for a day. */
        public String restoreToken;

        static UnlinkedJson of(IssueLink link, String token) {
            UnlinkedJson json = new UnlinkedJson();
            json.link = LinkJson.of(link);
            json.restoreToken = token;
            return json;
        }
    }

    /** {@code POST /issues/{key}/links/restore}. */
    public static class RestoreInput {
        public String restoreToken;
    }

    public static class RelationInput {
        public String relation;
    }

    /** Shelf lives in days by source kind: in force, and the overrides that make them so. */
    public static class PolicyJson {
        public Map<String, Integer> shelfLifeDays;
        public Map<String, Integer> overrides;
        public int agingFromPercent = com.empathyevidence.domain.FreshnessPolicy.AGING_FROM_PERCENT;
    }

    /** One page of search results. */
    public static class PageJson<T> {
        public int total;
        public int start;
        public int limit;
        /** The start of the next page, or null on the last page. */
        public Integer next;
        /**
         * Always 0: a search never shows or counts evidence the caller may not see, since such a count would move with
         * the filters and tell what hidden evidence says. (The issue panel and the map count what they hide.)
         */
        public int hidden;
        public List<T> items = new ArrayList<>();
    }

    /** A CSV file to import: all rows or none. With dryRun true, only check it: nothing is written. */
    public static class ImportInput {
        /** The whole file, header row first (RFC 4180; columns as in GET /export). */
        public String csv;
        /** True: check only. False or absent: import. */
        public Boolean dryRun;
    }

    /** What an import found, or did. */
    public static class ImportJson {
        public boolean dryRun;
        /** Evidence rows in the file, the header not counted. */
        public int rows;
        /** Rows without any problem. */
        public int validRows;
        /** Pieces of evidence recorded: all rows, or 0 on a dry run. */
        public int created;
        /** Participants the file names that did not exist: created by the import (on a dry run: would be). */
        public int newParticipants;
        /** Every problem found; at most the first 1,000 are listed in errors. */
        public int errorCount;
        /** Problems by row and column (field), in file order. */
        public List<ErrorJson.FieldError> errors = new ArrayList<>();
    }

    /**
     * One line of a streamed import ({@code application/x-ndjson}). Progress lines have {@code phase} reading (done and
     * total count characters of the file), checking or writing (they count evidence rows; writing counts rows written
     * inside the one transaction, not yet committed). The last line has phase done with {@code result} (committed, or
     * the dry run's findings) or failed with {@code error} (nothing was written).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public static class ImportProgressJson {
        /** reading, checking, writing, done or failed. */
        public String phase;
        public Integer done;
        public Integer total;
        /** On the done line: the same body a plain import answers with. */
        public ImportJson result;
        /** On the failed line: the same body a plain import answers an error with. */
        public ErrorJson error;
    }

    /** Evidence as a CSV file, with the columns an import takes. */
    public static class ExportJson {
        public String csv;
        /** Evidence rows in csv. */
        public int rows;
        /** Always 0: evidence the caller may not see is neither exported nor counted (as in search). */
        public int hidden;
    }

    /** One page of evidence search results. */
    public static class EvidencePageJson extends PageJson<EvidenceJson> {
    }
}
