package com.empathyevidence.app;

import java.util.Set;

/**
 * The store's side of a persona map's version: a fingerprint of everything stored that the map is drawn from (its
 * evidence, their re-confirmations and participants, its items' backing, the links to its items and evidence, the
 * freshness policy), read with a fixed set of aggregate queries whatever the number of pieces, and the keys of the
 * issues linked to the map (so that their visibility to the viewer can be checked on every view).
 */
public interface MapVersions {

    /** Empty when the database could not answer the aggregate statements: the map is then sent without a version. */
    java.util.Optional<Fingerprint> fingerprint(String personaKey);

    /** What the store holds for a persona's map, in short; equal fingerprints mean nothing stored has changed. */
    record Fingerprint(String data, Set<String> linkedIssueKeys) {
    }
}
