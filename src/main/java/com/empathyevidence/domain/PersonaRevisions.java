package com.empathyevidence.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The port for what personas and map items carry beyond their content: the version each edit claims (optimistic
 * concurrency, as evidence has) and a persona's retirement. Kept apart from {@link EvidenceStore}; it shares its
 * tables. Every write here is one transaction: the version is claimed first, so of two edits from one version
 * exactly one is made and the other changes nothing.
 */
public interface PersonaRevisions {

    /** The current revision of a persona ({@link Revision#NONE} when never edited). */
    Revision persona(String personaKey);

    /** The current revision of every persona that has one, by key (one query). */
    Map<String, Revision> personas();

    /** The current revision of a map item ({@link Revision#NONE} when never edited). */
    Revision mapItem(long mapItemId);

    /** The current revision of each edited map item of a persona, by item id (one query). */
    Map<Long, Revision> mapItems(String personaKey);

    Optional<PersonaRetirement> retirement(String personaKey);

    /** Every retired persona's retirement, by key (one query). */
    Map<String, PersonaRetirement> retirements();

    /**
     * Saves a persona's name and description made against {@code expectedVersion}.
     *
     * @throws Problem CONFLICT {@code empathy.error.stalePersona} (key, who, when) when it has changed since
     */
    Persona updatePersona(Persona persona, int expectedVersion, String by, String byName);

    /**
     * Saves a map item's section and statement made against {@code expectedVersion}.
     *
     * @throws Problem CONFLICT {@code empathy.error.staleMapItem} (who, when) when it has changed since
     */
    MapItem updateMapItem(long id, Section section, String statement, int expectedVersion, String by, String byName);

    /**
     * Retires a persona (a new version of it).
     *
     * @throws Problem CONFLICT {@code empathy.error.personaRetired} when it is retired already, or
     *                 {@code empathy.error.stalePersona} when {@code expectedVersion} is given and stale
     */
    void retire(String personaKey, PersonaRetirement retirement, Integer expectedVersion);

    /**
     * Restores a retired persona (a new version of it).
     *
     * @throws Problem CONFLICT {@code empathy.error.personaNotRetired} when it is not retired
     */
    void restore(String personaKey, String by, String byName, Integer expectedVersion);
}
