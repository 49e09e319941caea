package com.empathyevidence.app;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Owners of evidence, beside {@link com.empathyevidence.domain.EvidenceStore}: the owner named on each piece (a
 * fixed number of queries per 500 pieces) and handing pieces over, all in one transaction.
 */
public interface OwnerStore {

    /** For each piece found, the owner named on it; pieces without a named owner are absent. */
    Map<Long, String> namedOwners(Collection<Long> evidenceIds);

    /** Names {@code owner} as the owner of every piece, in one transaction; answers the pieces whose owner changed. */
    List<Long> handOver(Collection<Long> evidenceIds, String owner);

    /** The ids of the active pieces owned by {@code owner}: named so, or recorded by them with no owner named. */
    List<Long> ownedBy(String owner);

    /** The ids of the active pieces of a project. */
    List<Long> activeIn(String projectKey);
}
