package com.empathyevidence.app;

import com.empathyevidence.domain.ReconfirmationRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Re-confirmation requests: asked, and read per piece (a fixed number of queries per 500 pieces). */
public interface RequestStore {

    ReconfirmationRequest request(long evidenceId, String note, String by);

    /** For each piece, its requests, newest first (pieces without any map to empty lists). */
    Map<Long, List<ReconfirmationRequest>> requestsFor(Collection<Long> evidenceIds);

    /** The ids of every piece with a request made at or after its latest re-confirmation, and active. */
    List<Long> withRequests();
}
