package com.empathyevidence.rest;

import com.empathyevidence.app.OwnerService;
import com.empathyevidence.domain.Limits;
import java.util.ArrayList;
import java.util.List;

/** Owners and re-confirmation requests on the wire. Plain fields: any JSON binding reads them. */
public final class OwnershipJson {

    private OwnershipJson() {
    }

    /** Hand pieces over to another owner (a Jira username). */
    public static class HandOverInput {
        @ApiField(required = true, maxItems = OwnerService.HAND_OVER_MAX, minimum = 1, maximum = Integer.MAX_VALUE, example = "[12, 14]")
        public List<Long> evidenceIds;
        @ApiField(required = true, maxLength = 255, example = "pm")
        public String owner;
    }

    /** What a hand-over did. */
    public static class HandOverJson {
        @ApiField(example = "pm")
        public String owner;
        @ApiField(example = "Pat Product")
        public String ownerName;
        @ApiField(example = "[12, 14]")
        public List<Long> changed = new ArrayList<>();
        public int changedCount;
        /** Pieces that had this owner already. */
        public int unchangedCount;
        @ApiField(example = "Handed 2 pieces of evidence over to Pat Product.")
        public String message;
    }

    /** Ask the owner whether a piece is still true. */
    public static class RequestInput {
        @ApiField(required = true, maxLength = Limits.NOTE_MAX, example = "Is this still true after the redesign?")
        public String note;
    }

    /** One re-confirmation request and, once closed, what closed it. */
    public static class RequestJson {
        public long id;
        public long evidenceId;
        @ApiField(example = "Is this still true after the redesign?")
        public String note;
        @ApiField(example = "viewer")
        public String requestedBy;
        @ApiField(format = "date-time", example = "2026-11-02T09:30:00Z")
        public String requestedAt;
        /** True until the piece is re-confirmed or retired after the request. */
        public boolean open;
        @ApiField(example = "admin")
        public String closedBy;
        @ApiField(format = "date-time", example = "2026-11-03T10:00:00Z")
        public String closedAt;
        /** True when retiring the piece closed it (otherwise a re-confirmation did). */
        public boolean closedByRetiring;

        static RequestJson of(OwnerService.Request r) {
            RequestJson json = new RequestJson();
            json.id = r.request().id();
            json.evidenceId = r.request().evidenceId();
            json.note = r.request().note();
            json.requestedBy = r.request().requestedBy();
            json.requestedAt = r.request().requestedAt().toString();
            json.open = r.open();
            if (r.closure() != null) {
                json.closedBy = r.closure().by();
                json.closedAt = r.closure().at() == null ? null : r.closure().at().toString();
                json.closedByRetiring = r.closure().retired();
            }
            return json;
        }
    }

    /** Who owns a piece, by when to review it, and the requests made of it (newest first). */
    public static class StewardshipJson {
        public long evidenceId;
        @ApiField(example = "admin")
        public String owner;
        @ApiField(example = "Alex Admin")
        public String ownerName;
        /** The first day the piece is stale, unless re-confirmed before. */
        @ApiField(format = "date", example = "2027-03-03")
        public String reviewBy;
        public int openRequests;
        public List<RequestJson> requests = new ArrayList<>();

        static StewardshipJson of(long id, OwnerService.Stewardship s) {
            StewardshipJson json = new StewardshipJson();
            json.evidenceId = id;
            json.owner = s.owner();
            json.ownerName = s.ownerName();
            json.reviewBy = s.reviewBy().toString();
            json.openRequests = s.openRequests();
            s.requests().forEach(r -> json.requests.add(RequestJson.of(r)));
            return json;
        }
    }
}
