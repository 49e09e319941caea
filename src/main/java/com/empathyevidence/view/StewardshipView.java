package com.empathyevidence.view;

import com.empathyevidence.app.OwnerService;
import com.empathyevidence.domain.Reconfirmation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who keeps one piece fresh, as the panel and the library show it: "Owner: Alex Admin · Review by 3 Mar 2027", the
 * open requests, and a bounded history of re-confirmations and requests (who, when, note). Strings and booleans only.
 */
public final class StewardshipView {

    /** The most history entries shown on a piece (the library lists every re-confirmation). */
    public static final int HISTORY_SHOWN = 5;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final long evidenceId;
    private final String ownerLine;
    private final String openRequests;
    private final String historySummary;
    private final String historyMore;
    private final List<LibraryNoteView> history = new ArrayList<>();
    private final List<LibraryNoteView> requests = new ArrayList<>();
    private final boolean mayRequest;
    private final String requestLabel;
    private final String requestNoteLabel;
    private final String requestSend;
    private final String requestsTitle;
    private final String requestSent;
    private final String requestOffline;

    StewardshipView(long evidenceId, OwnerService.Stewardship s, boolean active, Texts texts) {
        this.evidenceId = evidenceId;
        this.ownerLine = texts.get("empathy.owners.line", s.ownerName() == null ? texts.get("empathy.owners.unknown") : s.ownerName(),
                FreshnessText.date(texts, s.reviewBy()));
        this.openRequests = s.openRequests() == 0 ? "" : texts.get("empathy.owners.openRequests", s.openRequests());
        List<Reconfirmation> confirmed = s.reconfirmations();
        for (int i = 0; i < Math.min(HISTORY_SHOWN, confirmed.size()); i++) {
            Reconfirmation r = confirmed.get(i);
            history.add(new LibraryNoteView(texts.get("empathy.library.stillTrue", FreshnessText.date(texts, r.confirmedOn())), null,
                    texts.get("empathy.library.by", r.author(), r.recordedAt() == null ? "" : WHEN.format(r.recordedAt())), r.note()));
        }
        this.historySummary = texts.get("empathy.library.historySummary", confirmed.size());
        this.historyMore = confirmed.size() > HISTORY_SHOWN ? texts.get("empathy.owners.historyMore", confirmed.size() - HISTORY_SHOWN) : "";
        int shown = 0;
        for (OwnerService.Request r : s.requests()) {
            if (shown++ == HISTORY_SHOWN) {
                break;
            }
            String byline = texts.get("empathy.library.by", r.request().requestedBy(), WHEN.format(r.request().requestedAt()));
            String state = r.open() ? texts.get("empathy.owners.request.open")
                    : texts.get(r.closure().retired() ? "empathy.owners.request.closedRetired" : "empathy.owners.request.closedReconfirmed",
                    r.closure().by(), r.closure().at() == null ? "" : WHEN.format(r.closure().at()));
            requests.add(new LibraryNoteView(state, null, byline, r.request().note()));
        }
        this.requestsTitle = texts.get("empathy.owners.requestsSummary", s.requests().size());
        this.mayRequest = active;
        this.requestLabel = texts.get("empathy.owners.request.ask");
        this.requestNoteLabel = texts.get("empathy.owners.request.note");
        this.requestSend = texts.get("empathy.owners.request.send");
        this.requestSent = texts.get("empathy.owners.request.sent", s.ownerName() == null ? "" : s.ownerName());
        this.requestOffline = texts.get("empathy.owners.request.offline");
    }

    /** Gives each row its stewardship (rows of pieces without one are left as they are). */
    public static void attach(List<EvidenceRowView> rows, Map<Long, OwnerService.Stewardship> stewardship, Texts texts) {
        for (EvidenceRowView row : rows) {
            OwnerService.Stewardship s = stewardship.get(row.getId());
            if (s != null) {
                row.stewardship(new StewardshipView(row.getId(), s, row.isActive(), texts));
            }
        }
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public String getOwnerLine() {
        return ownerLine;
    }

    /** "1 open request to re-confirm", or "" when none is open. */
    public String getOpenRequests() {
        return openRequests;
    }

    public boolean isAnyHistory() {
        return !history.isEmpty();
    }

    public String getHistorySummary() {
        return historySummary;
    }

    /** "and 3 earlier re-confirmations (see the evidence library)", or "". */
    public String getHistoryMore() {
        return historyMore;
    }

    public List<LibraryNoteView> getHistory() {
        return history;
    }

    public boolean isAnyRequest() {
        return !requests.isEmpty();
    }

    public String getRequestsTitle() {
        return requestsTitle;
    }

    public List<LibraryNoteView> getRequests() {
        return requests;
    }

    /** True while the piece is active: anyone who sees it may ask its owner to re-confirm it. */
    public boolean isMayRequest() {
        return mayRequest;
    }

    public String getRequestLabel() {
        return requestLabel;
    }

    public String getRequestNoteLabel() {
        return requestNoteLabel;
    }

    public String getRequestSent() {
        return requestSent;
    }

    public String getRequestOffline() {
        return requestOffline;
    }

    public String getRequestSend() {
        return requestSend;
    }
}
