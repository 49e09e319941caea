package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.PanelSettingsStore;
import com.empathyevidence.domain.PanelSetting;
import com.empathyevidence.domain.WarningsMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link PanelSettingsStore} over Active Objects: one row per project ({@link PanelSettingEntity}, unique project key). */
@JiraComponent
public class AoPanelSettingsStore implements PanelSettingsStore {

    private final ActiveObjects ao;

    @Inject
    public AoPanelSettingsStore(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PanelSetting> find(String projectKey) {
        PanelSettingEntity[] rows = ao.find(PanelSettingEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(of(rows[0]));
    }

    @Override
    public boolean hasEvidence(String projectKey) {
        return ao.count(EvidenceEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey).limit(1)) > 0;
    }

    @Override
    public PanelSetting storeIfAbsent(PanelSetting setting) {
        try {
            ao.executeInTransaction(() -> {
                if (ao.count(PanelSettingEntity.class, Query.select().where("PROJECT_KEY = ?", setting.projectKey())) == 0) {
                    create(setting);
                }
                return null;
            });
        } catch (RuntimeException raced) {
            // Another node stored it at the same moment: the unique project key refused a second row, or the database
            // refused this transaction (a serialization failure, seen when four nodes started together). The row that
            // was stored stands, or the default is answered and stored at a later read. Anything else is not a race.
            if (!Retry.refused(raced, true)) {
                throw raced;
            }
        }
        return find(setting.projectKey()).orElse(setting);
    }

    @Override
    public PanelSetting save(PanelSetting setting) {
        // retried on a unique key too: a simultaneous first save of the project stored its row; the next attempt updates it
        return Retry.inTransactionOrUniqueKey(ao, () -> {
            PanelSettingEntity[] rows = ao.find(PanelSettingEntity.class, Query.select().where("PROJECT_KEY = ?", setting.projectKey()));
            if (rows.length == 0) {
                create(setting);
            } else {
                rows[0].setWarnings(setting.warnings().name());
                rows[0].setPanelHidden(setting.panelHidden());
                rows[0].setUpdatedBy(setting.updatedBy());
                rows[0].save();
            }
            return setting;
        });
    }

    @Override
    public List<PanelSetting> all() {
        List<PanelSetting> all = new ArrayList<>();
        for (PanelSettingEntity row : ao.find(PanelSettingEntity.class, Query.select().order("PROJECT_KEY ASC"))) {
            all.add(of(row));
        }
        return all;
    }

    private void create(PanelSetting setting) {
        ao.create(PanelSettingEntity.class, new DBParam("PROJECT_KEY", setting.projectKey()),
                new DBParam("WARNINGS", setting.warnings().name()), new DBParam("PANEL_HIDDEN", setting.panelHidden()),
                new DBParam("UPDATED_BY", setting.updatedBy()));
    }

    private static PanelSetting of(PanelSettingEntity row) {
        return new PanelSetting(row.getProjectKey(), WarningsMode.parse(row.getWarnings()).orElse(WarningsMode.ON),
                Boolean.TRUE.equals(row.getPanelHidden()), row.getUpdatedBy());
    }
}
