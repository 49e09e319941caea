package com.empathyevidence.rest;

import com.empathyevidence.app.LibraryService;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.MapItem;
import java.util.ArrayList;
import java.util.List;

/** The bodies of the evidence library's REST operations ({@code /library}). */
public final class LibraryJson {

    private LibraryJson() {
    }

    /**
     * One page of the library. {@code hidden} is always 0, as in {@code GET /evidence}. When more than 1,000 pieces
     * match, {@code total} is 1000 and {@code totalCapped} true (the library does not count further: narrow the
     * filters for an exact count); {@code next} is set whenever a page follows.
     */
    public static class LibraryPageJson extends Json.PageJson<LibraryRowJson> {
        /** True when more than {@code total} pieces match. */
        @ApiField(readOnly = true, example = "false")
        public boolean totalCapped;

        static LibraryPageJson of(LibraryService.Page page) {
            LibraryPageJson json = new LibraryPageJson();
            json.total = page.total();
            json.start = page.offset();
            json.limit = page.limit();
            json.next = page.hasNext() ? page.offset() + page.limit() : null;
            json.totalCapped = page.totalCapped();
            page.rows().forEach(r -> json.items.add(LibraryRowJson.of(r)));
            return json;
        }
    }

    /** A piece of evidence with the issues it is linked to, the map items it backs and its re-confirmations. */
    public static class LibraryRowJson {
        public EvidenceJson evidence;
        /** The links the caller may see (issue, relation, who, when, note). */
        public List<LibraryLinkJson> links = new ArrayList<>();
        /** Links from issues the caller may not browse: counted, never shown. */
        @ApiField(readOnly = true, example = "1")
        public int hiddenLinks;
        public List<Json.MapItemJson> mapItems = new ArrayList<>();
        public List<Json.ReconfirmationJson> reconfirmations = new ArrayList<>();
        /** Whether the caller may change this piece. */
        @ApiField(readOnly = true, example = "true")
        public boolean editable;

        static LibraryRowJson of(LibraryService.Row row) {
            LibraryRowJson json = new LibraryRowJson();
            json.evidence = EvidenceJson.of(row.evidence());
            row.links().forEach(l -> json.links.add(LibraryLinkJson.of(l)));
            json.hiddenLinks = row.hiddenLinks();
            for (MapItem m : row.mapItems()) {
                json.mapItems.add(Json.MapItemJson.of(m));
            }
            row.reconfirmations().forEach(r -> json.reconfirmations.add(Json.ReconfirmationJson.of(r)));
            json.editable = row.editable();
            return json;
        }
    }

    /** A link to an issue the caller may browse. */
    public static class LibraryLinkJson {
        @ApiField(example = "DEMO-1")
        public String issueKey;
        @ApiField(example = "Invoices can be imported from a bank file")
        public String issueSummary;
        @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
        @ApiField(example = "pm")
        public String linkedBy;
        @ApiField(format = "date-time", example = "2026-11-02T09:30:00Z")
        public String linkedAt;
        @ApiField(example = "Heard in three calls")
        public String note;

        static LibraryLinkJson of(LibraryService.LinkedIssue l) {
            LibraryLinkJson json = new LibraryLinkJson();
            json.issueKey = l.issue().key();
            json.issueSummary = l.issue().summary();
            json.relation = l.link().relation().name();
            json.linkedBy = l.link().linkedBy();
            json.linkedAt = l.link().linkedAt() == null ? null : l.link().linkedAt().toString();
            json.note = l.link().note();
            return json;
        }
    }

    /**
     * One bulk action on a selection of evidence, all or nothing: RECONFIRM (with {@code note}, optional
     * {@code confirmedOn}), RETIRE (with {@code reason}), LINK (to {@code issueKey} with {@code relation} and optional
     * {@code note}) or BACK (the map item {@code mapItemId}).
     */
    public static class BulkInput {
        @ApiField(required = true, enumOf = com.empathyevidence.app.LibraryStore.BulkAction.class, example = "RECONFIRM")
        public String action;
        @ApiField(required = true, maxItems = LibraryService.BULK_MAX, minimum = 1, maximum = Integer.MAX_VALUE, example = "[12, 14]")
        public List<Long> evidenceIds;
        @ApiField(maxLength = Limits.NOTE_MAX, example = "Still heard in this week's calls")
        public String note;
        @ApiField(maxLength = Limits.REASON_MAX, example = "Superseded by the round-3 interviews")
        public String reason;
        @ApiField(format = "date", example = "2026-11-02")
        public String confirmedOn;
        @ApiField(maxLength = 255, example = "DEMO-1")
        public String issueKey;
        @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
        @ApiField(minimum = 1, maximum = Integer.MAX_VALUE, example = "3")
        public Long mapItemId;
        /**
         * RECONFIRM only, "a note per piece": each selected piece's own note (a blank one: no note for that piece);
         * a selected piece not named here gets {@code note}. Every piece named must be selected.
         */
        public List<PieceNote> notes;
    }

    /** One piece's own note in a bulk re-confirmation. */
    public static class PieceNote {
        @ApiField(required = true, minimum = 1, maximum = Integer.MAX_VALUE, example = "12")
        public Long evidenceId;
        @ApiField(maxLength = Limits.NOTE_MAX, example = "Heard again from two clients this week")
        public String note;
    }

    /** What a bulk action did: the pieces it changed, and those that already had it (a link, a backing). */
    public static class BulkJson {
        @ApiField(enumOf = com.empathyevidence.app.LibraryStore.BulkAction.class, example = "RECONFIRM")
        public String action;
        @ApiField(example = "2")
        public int changedCount;
        @ApiField(example = "0")
        public int skippedCount;
        public List<Long> changed = new ArrayList<>();
        public List<Long> skipped = new ArrayList<>();
        /** One sentence saying what was done, from the i18n bundle. */
        @ApiField(example = "Re-confirmed 2 pieces of evidence.")
        public String message;
    }
}
