package com.empathyevidence.app;

import com.empathyevidence.domain.PanelSetting;
import java.util.List;
import java.util.Optional;

/**
 * The port for the per-project panel settings (warnings ON / PREVIEW / OFF, panel hidden): issue 16's phase-in. Its
 * own narrow port beside the evidence store, with its own AO implementation ({@code storage/AoPanelSettingsStore}).
 */
public interface PanelSettingsStore {

    /** The stored setting of a project; empty when none was stored yet. */
    Optional<PanelSetting> find(String projectKey);

    /** True when the project owns at least one piece of evidence (active or retired). */
    boolean hasEvidence(String projectKey);

    /**
     * Stores {@code setting} when the project has none yet and answers what is stored then: the default is fixed
     * once, and of two nodes fixing it at the same time one wins and both answer the same.
     */
    PanelSetting storeIfAbsent(PanelSetting setting);

    /** Stores the setting, replacing the project's current one. */
    PanelSetting save(PanelSetting setting);

    /** Every stored setting, by project key (for the archive). */
    List<PanelSetting> all();
}
