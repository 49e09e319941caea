package com.empathyevidence.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** phasein (issue 16): a Jira project's panel setting: warnings ON / PREVIEW / OFF and whether the panel is hidden. */
@Preload
@Table("PANEL_SETTING")
public interface PanelSettingEntity extends Entity {

    @NotNull
    @Unique
    String getProjectKey();
    void setProjectKey(String projectKey);

    /** ON, PREVIEW or OFF. */
    @NotNull
    String getWarnings();
    void setWarnings(String warnings);

    @NotNull
    Boolean getPanelHidden();
    void setPanelHidden(Boolean panelHidden);

    /** Who last changed it; null for the default the app fixed. */
    String getUpdatedBy();
    void setUpdatedBy(String updatedBy);
}
