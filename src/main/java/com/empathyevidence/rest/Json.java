package com.empathyevidence.rest;

import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.IssueLink;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.MapItem;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Reconfirmation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The request and response bodies of the API that are plain records of fields. */
public final class Json {

    private Json() {
    }

    /**
     * Create or update a piece of evidence: the same field names as {@link EvidenceJson} answers with. On update, send
     * the {@code version} you read. The names {@code participant}, {@code persona} and {@code project} are still read
     * in this release (deprecated; removed in the next): when both are sent, the new name wins.
     */
    public static class EvidenceInput {
        @ApiField(required = true, maxLength = Limits.TEXT_MAX, example = "I re-key every invoice by hand at month end.")
        public String text;
        /** QUOTE (default) or OBSERVATION. */
        @ApiField(enumOf = EvidenceKind.class, example = "QUOTE")
        public String kind;
        @ApiField(required = true, enumOf = Section.class, example = "PAINS")
        public String section;
        @ApiField(required = true, enumOf = SourceKind.class, example = "INTERVIEW")
        public String sourceKind;
        @ApiField(maxLength = Limits.SOURCE_TITLE_MAX, example = "Month-end interviews, round 2")
        public String sourceTitle;
        @ApiField(format = "uri", maxLength = Limits.LINK_MAX, example = "https://research.example.com/sessions/42")
        public String sourceLink;
        @ApiField(minimum = 0, maximum = Limits.MOMENT_MAX_SECONDS, example = "1312")
        public Integer sourceMomentSeconds;
        /** Participant alias, e.g. P-014; created when new (then participantConsent is required). */
        @ApiField(pattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength = Limits.ALIAS_MAX, example = "P-014")
        public String participantAlias;
        /** Only for a new participant: the segment it is created with. */
        @ApiField(maxLength = Limits.SEGMENT_MAX, example = "SMB")
        public String participantSegment;
        /** Only for a new participant, and then required: did they consent to the use of their words (true or false)? */
        @ApiField(example = "true")
        public Boolean participantConsent;
        @ApiField(pattern = "^[A-Z][A-Z0-9_-]*$", maxLength = Limits.PERSONA_KEY_MAX, example = "ACCOUNTANT")
        public String personaKey;
        /** On create: the Jira project that owns the evidence (required). Ignored on update: evidence stays in its project. */
        @ApiField(pattern = "^[A-Z][A-Z0-9_]{0,19}$", maxLength = 20, example = "DEMO")
        public String projectKey;
        @ApiField(required = true, format = "date", example = "2026-11-02")
        public String observedOn;
        @ApiField(maxItems = Limits.TAGS_MAX, maxLength = Limits.TAG_MAX, example = "invoicing")
        public List<String> tags = new ArrayList<>();
        /** Required on update: the version you read. */
        @ApiField(minimum = 1, example = "1")
        public Integer version;
        /** Deprecated: use participantAlias. Still read in this release. */
        @Deprecated
        @ApiField(deprecated = true, maxLength = Limits.ALIAS_MAX)
        public String participant;
        /** Deprecated: use personaKey. Still read in this release. */
        @Deprecated
        @ApiField(deprecated = true, maxLength = Limits.PERSONA_KEY_MAX)
        public String persona;
        /** Deprecated: use projectKey. Still read in this release. */
        @Deprecated
        @ApiField(deprecated = true, maxLength = 20)
        public String project;
    }

    /** {@code GET /issues/{key}/panel}: the panel's server-rendered, escaped HTML. */
    public static class PanelJson {
        public String html;
    }

    /** Retire a piece of evidence. */
    public static class RetireInput {
        @ApiField(required = true, maxLength = Limits.REASON_MAX, example = "Superseded by the round-3 interviews")
        public String reason;
        @ApiField(minimum = 1, maximum = Integer.MAX_VALUE, example = "42")
        public Long successorId;
    }

    /** "Still true as of": confirmedOn defaults to today. */
    public static class ReconfirmInput {
        @ApiField(format = "date", example = "2026-11-02")
        public String confirmedOn;
        @ApiField(maxLength = Limits.NOTE_MAX, example = "Heard the same in this week's calls")
        public String note;
    }

    /** One re-confirmation. */
    public static class ReconfirmationJson {
        public long id;
        public long evidenceId;
        @ApiField(format = "date", example = "2026-11-02")
        public String confirmedOn;
        public String note;
        public String author;
        @ApiField(format = "date-time", example = "2026-11-02T09:30:00Z")
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

    /**
     * A participant. Aliases are pseudonyms. To create one, send alias and consent (required: true or false, stored as
     * answered); to update, send the version you read.
     */
    public static class ParticipantJson {
        @ApiField(readOnly = true, example = "7")
        public long id;
        @ApiField(required = true, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength = Limits.ALIAS_MAX, example = "P-014")
        public String alias;
        @ApiField(maxLength = Limits.SEGMENT_MAX, example = "SMB")
        public String segment;
        @ApiField(maxLength = Limits.ROLE_MAX, example = "Bookkeeper")
        public String role;
        /** Did the participant consent to the use of their words? Required when creating. */
        @ApiField(required = true, example = "true")
        public Boolean consent;
        @ApiField(readOnly = true, example = "false")
        public boolean erased;
        /** Counts changes from 1; send it back with an update (required there): a change since then is a 409. */
        @ApiField(minimum = 1, example = "1")
        public Integer version;

        public static ParticipantJson of(Participant p) {
            ParticipantJson json = new ParticipantJson();
            json.id = p.id();
            json.alias = p.alias();
            json.segment = p.segment();
            json.role = p.role();
            json.consent = p.consent();
            json.erased = p.erased();
            json.version = p.version();
            return json;
        }
    }

    /** Erase a participant: type the alias again to confirm. */
    public static class EraseInput {
        @ApiField(required = true, maxLength = Limits.ALIAS_MAX, example = "P-014")
        public String confirmAlias;
    }

    /** The outcome of an erasure. */
    public static class ErasedJson {
        public String alias;
        public int redactedQuotes;
    }

    /** A persona. */
    public static class PersonaJson {
        @ApiField(required = true, pattern = "^[A-Z][A-Z0-9_-]*$", maxLength = Limits.PERSONA_KEY_MAX, example = "ACCOUNTANT")
        public String key;
        @ApiField(required = true, maxLength = Limits.PERSONA_NAME_MAX, example = "Small-business accountant")
        public String name;
        @ApiField(maxLength = Limits.DESCRIPTION_MAX, example = "Closes the books for a dozen clients every month.")
        public String description;
        /** Counts changes from 1; send it back with an update (required there): a change since then is a 409. */
        @ApiField(minimum = 1, example = "1")
        public Integer version;
        /** True when the persona is retired: its map is kept for reference and cannot be changed. */
        @ApiField(readOnly = true, example = "false")
        public boolean retired;
        /** Why it was retired (only when retired). */
        @ApiField(readOnly = true, example = "Merged into the accountant persona")
        public String retiredReason;
        /** Who retired it: user key and display name (only when retired). */
        @ApiField(readOnly = true, example = "admin")
        public String retiredBy;
        @ApiField(readOnly = true, example = "Alex Admin")
        public String retiredByName;
        @ApiField(readOnly = true, format = "date-time", example = "2026-12-02T10:15:30Z")
        public String retiredAt;

        public static PersonaJson of(Persona p) {
            PersonaJson json = new PersonaJson();
            json.key = p.key();
            json.name = p.name();
            json.description = p.description();
            return json;
        }

        /** With its version and, when retired, its retirement. */
        public static PersonaJson of(Persona p, com.empathyevidence.domain.Revision revision,
                                     com.empathyevidence.domain.PersonaRetirement retirement) {
            PersonaJson json = of(p);
            json.version = revision.version();
            if (retirement != null) {
                json.retired = true;
                json.retiredReason = retirement.reason();
                json.retiredBy = retirement.by();
                json.retiredByName = retirement.who();
                json.retiredAt = retirement.at() == null ? null : retirement.at().toString();
            }
            return json;
        }
    }

    /** Retire a persona: why (required), and the version you read (optional: when sent, a change since is a 409). */
    public static class RetirePersonaInput {
        @ApiField(required = true, maxLength = Limits.REASON_MAX, example = "Merged into the accountant persona")
        public String reason;
        @ApiField(minimum = 1, example = "2")
        public Integer version;
    }

    /** Restore a retired persona: the version you read (optional: when sent, a change since is a 409). */
    public static class RestorePersonaInput {
        @ApiField(minimum = 1, example = "3")
        public Integer version;
    }

    /** A map item. */
    public static class MapItemJson {
        @ApiField(readOnly = true, example = "12")
        public long id;
        /** The persona's key (from the path). */
        @ApiField(readOnly = true, example = "ACCOUNTANT")
        public String persona;
        @ApiField(required = true, enumOf = com.empathyevidence.domain.Section.class, example = "PAINS")
        public String section;
        @ApiField(required = true, maxLength = Limits.STATEMENT_MAX, example = "Re-keys every invoice by hand")
        public String statement;
        /** Counts changes from 1; send it back with an update (required there): a change since then is a 409. */
        @ApiField(minimum = 1, example = "1")
        public Integer version;

        public static MapItemJson of(MapItem m) {
            MapItemJson json = new MapItemJson();
            json.id = m.id();
            json.persona = m.personaKey();
            json.section = m.section().name();
            json.statement = m.statement();
            return json;
        }

        public static MapItemJson of(MapItem m, com.empathyevidence.domain.Revision revision) {
            MapItemJson json = of(m);
            json.version = revision.version();
            return json;
        }
    }

    /** Back a map item with a piece of evidence. */
    public static class BackingInput {
        @ApiField(required = true, minimum = 1, maximum = Integer.MAX_VALUE, example = "42")
        public Long evidenceId;
    }

    /** Link an issue to a piece of evidence or a map item (exactly one of the two ids). */
    public static class LinkInput {
        @ApiField(minimum = 1, maximum = Integer.MAX_VALUE, example = "42")
        public Long evidenceId;
        @ApiField(minimum = 1, maximum = Integer.MAX_VALUE)
        public Long mapItemId;
        /** ADDRESSES, SUPPORTS (default) or CONTRADICTS. */
        @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
        @ApiField(maxLength = Limits.NOTE_MAX, example = "The main complaint in round 2")
        public String note;
    }

    /** A link from an issue. */
    public static class LinkJson {
        public long id;
        public String issueKey;
        /** evidence or map-items. */
        @ApiField(allowed = {"evidence", "map-items"}, example = "evidence")
        public String targetType;
        public long targetId;
        @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
        public String linkedBy;
        @ApiField(format = "date-time", example = "2026-11-02T09:30:00Z")
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
        @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
        /** Why it is linked (optional). */
        @ApiField(maxLength = Limits.NOTE_MAX, example = "Heard in three of five calls this week")
        public String note;
        /** 8 to 64 letters, digits, - or _, new for each thing typed: a retry with the same key makes no second copy. */
        @ApiField(maxLength = 64, pattern = "^[A-Za-z0-9_-]{8,64}$", example = "add-7f3c9a2e41b0")
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
        @ApiField(required = true, maxLength = 32, pattern = "^[0-9a-f]{32}$", example = "9f86d081884c7d659a2feaa0c55ad015")
        public String restoreToken;
    }

    public static class RelationInput {
        @ApiField(required = true, enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
    }

    /** Shelf lives in days by source kind and the aging threshold: in force, and the overrides that make them so. */
    public static class PolicyJson {
        public Map<String, Integer> shelfLifeDays;
        public Map<String, Integer> overrides;
        /** The aging threshold in force: evidence is aging from this share of its shelf life (percent). */
        @ApiField(minimum = com.empathyevidence.domain.Limits.AGING_MIN_PERCENT,
                maximum = com.empathyevidence.domain.Limits.AGING_MAX_PERCENT, example = "75")
        public int agingFromPercent = com.empathyevidence.domain.FreshnessPolicy.DEFAULT_AGING_FROM_PERCENT;
        /** The aging threshold set for this scope itself; null when it is inherited (global: the default 75). */
        @ApiField(minimum = com.empathyevidence.domain.Limits.AGING_MIN_PERCENT,
                maximum = com.empathyevidence.domain.Limits.AGING_MAX_PERCENT, example = "60")
        public Integer agingOverride;
    }

    /**
     * A change of the freshness policy: the body {@code GET /policy} answers with, sent back changed. {@code overrides},
     * when sent, is the whole set of overrides (a kind left out goes back to its default); a kind whose
     * {@code shelfLifeDays} differs from what is in force now becomes an override too (winning over {@code overrides}
     * for that kind), so editing either map works. {@code agingFromPercent} (50–95) other than the one in force sets
     * this scope's aging threshold; sent as null, it clears it (a project then follows the global one, the global one
     * goes back to 75); left out or unchanged, nothing changes. Deprecated, still read in this
     * release: a bare map {@code {"INTERVIEW": 300, "SURVEY": null}} (a number sets, null restores the default).
     * {@code agingOverride}, as {@code GET} answers it, is read and ignored (send {@code agingFromPercent}).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"agingOverride"})
    public static class PolicyInput {
        @ApiField(example = "{\"INTERVIEW\": 300}")
        public Map<String, Integer> shelfLifeDays;
        @ApiField(example = "{\"INTERVIEW\": 300}")
        public Map<String, Integer> overrides;
        @ApiField(minimum = com.empathyevidence.domain.Limits.AGING_MIN_PERCENT,
                maximum = com.empathyevidence.domain.Limits.AGING_MAX_PERCENT, example = "75")
        public Integer agingFromPercent;
        /** Whether the body had {@code agingFromPercent} at all (null sent clears; left out changes nothing). */
        private boolean agingSent;

        @com.fasterxml.jackson.annotation.JsonSetter("agingFromPercent")
        public void agingFromPercent(Integer percent) {
            agingFromPercent = percent;
            agingSent = true;
        }

        public boolean agingSent() {
            return agingSent;
        }
        /** The deprecated bare map: source kind to days, or null. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public final Map<String, Integer> legacy = new java.util.LinkedHashMap<>();

        @com.fasterxml.jackson.annotation.JsonAnySetter
        public void legacy(String sourceKind, Integer days) {
            legacy.put(sourceKind, days);
        }
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
        @ApiField(required = true, example = "text,section,sourceKind,project,observedOn\r\nRe-keys invoices,PAINS,INTERVIEW,DEMO,2026-11-02\r\n")
        public String csv;
        /** True: check only. False or absent: import. */
        @ApiField(example = "true")
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
        /** Rows the same as stored evidence or as an earlier row (same text, participant, source and observed date): not recorded again. */
        public int duplicates;
        /** The duplicate rows, in file order (listed once every row is right). */
        public List<DuplicateJson> duplicateRows = new ArrayList<>();
        /** Links to issues made from the issue column (0 on a dry run). */
        public int linked;
    }

    /** A row of an import that is not recorded because the same evidence is already stored, or is an earlier row of the file. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public static class DuplicateJson {
        /** The row, counted as a spreadsheet does (the header is row 1). */
        public int row;
        /** The line of the file the row starts on. */
        public int line;
        /** The stored piece of evidence the row is the same as. */
        public Long sameAsEvidence;
        /** The earlier row of the file this row is the same as. */
        public Integer sameAsRow;
        /** Who recorded the stored piece. */
        public String recordedBy;
        /** When the stored piece was recorded. */
        @ApiField(format = "date-time")
        public String recordedAt;
        /** The finding in words, e.g. "Row 5 is the same as evidence #123, recorded by pm on 2026-11-30: not imported again." */
        public String message;
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
        @ApiField(allowed = {"reading", "checking", "writing", "done", "failed"}, example = "checking")
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
