package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.Persona;
import java.util.function.BooleanSupplier;
import jakarta.inject.Inject;

/**
 * Makes every persona's map groups current ({@link MapFromGroups#current}): run by the daily job at midnight (a new
 * day recomputes no group: the stored facts are brought to it) and at start-up, where it builds the groups of an
 * upgraded instance (rows of an earlier format included) or of pieces written in bulk without marking. Only groups
 * that are not current are recomputed, each from its own pieces, so a run reads one row per group and writes nothing
 * when no write or policy change came in between.
 */
@JiraComponent
public class MapGroupRefresh {

    private final EvidenceStore store;
    private final MapFromGroups groups;
    private final Today today;

    @Inject
    public MapGroupRefresh(EvidenceStore store, MapFromGroups groups, Today today) {
        this.store = store;
        this.today = today;
        this.groups = groups;
    }

    /** How many groups were recomputed; stops between personas when {@code cancelled} says so. */
    public int run(BooleanSupplier cancelled) {
        FreshnessPolicies policies = store.policies();
        int recomputed = 0;
        for (Persona persona : store.personas()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            recomputed += groups.current(persona.key(), store.mapItems(persona.key()), policies, today.get()).recomputed();
        }
        return recomputed;
    }
}
