package com.empathyevidence.domain;

import java.time.Instant;
import java.util.List;

/**
 * Someone who may browse a piece asked its owner "is this still true?". A request is never closed by hand: it is
 * closed by the first re-confirmation recorded after it, or by the piece being retired, whichever came first (a
 * retired piece has no open request)
 * ({@link #closure}); so every way of re-confirming or retiring closes it, and nothing can leave it open by mistake.
 *
 * @param requestedAt when it was asked (the order that decides what closed it)
 */
public record ReconfirmationRequest(long id, long evidenceId, String note, String requestedBy, Instant requestedAt) {

    /** How a request was closed: by whom, when, and whether by a re-confirmation or by retiring the piece. */
    public record Closure(String by, Instant at, boolean retired) {
    }

    /**
     * What closed the request, or null while it is open.
     *
     * @param reconfirmations the piece's re-confirmations (any order)
     * @param retiredBy       who retired the piece (null while it is active)
     * @param retiredAt       when it was retired (null while it is active)
     */
    public Closure closure(List<Reconfirmation> reconfirmations, String retiredBy, Instant retiredAt) {
        Closure first = null;
        for (Reconfirmation r : reconfirmations) {
            if (r.recordedAt() != null && !r.recordedAt().isBefore(requestedAt)
                    && (first == null || r.recordedAt().isBefore(first.at()))) {
                first = new Closure(r.author(), r.recordedAt(), false);
            }
        }
        if (retiredAt != null && (first == null || retiredAt.isBefore(first.at()))) {
            first = new Closure(retiredBy, retiredAt, true);
        }
        return first;
    }
}
