package com.empathyevidence.domain;

/**
 * A Jira project's panel setting: how its warnings are shown and whether the evidence panel is hidden on its issues.
 *
 * @param projectKey  the project
 * @param warnings    ON, PREVIEW or OFF
 * @param panelHidden true when the evidence panel is not shown on the project's issues at all
 * @param updatedBy   who last changed it (null for a default fixed by the app)
 */
public record PanelSetting(String projectKey, WarningsMode warnings, boolean panelHidden, String updatedBy) {

    public PanelSetting {
        if (projectKey == null || projectKey.isBlank() || warnings == null) {
            throw new IllegalArgumentException("a panel setting needs a project and a warnings mode");
        }
    }
}
