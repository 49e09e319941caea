package com.empathyevidence.domain;

import java.util.List;
import java.util.Optional;

/** The port through which the domain stores and finds evidence. Implemented over Active Objects. */
public interface EvidenceStore {

    Persona savePersona(Persona persona);

    Optional<Persona> persona(String key);

    Evidence createEvidence(NewEvidence evidence);

    /** Links a piece of evidence to an issue; a second link of the same evidence replaces the relation. */
    void link(String issueKey, long evidenceId, Relation relation, String linkedBy, String note);

    /** Everything linked to one issue, in two queries whatever the number of links. */
    List<LinkedEvidence> linkedToIssue(String issueKey);

    /** All evidence about one persona, in one query. */
    List<Evidence> forPersona(String personaKey);

    /** True when nothing has been stored yet. */
    boolean isEmpty();
}
