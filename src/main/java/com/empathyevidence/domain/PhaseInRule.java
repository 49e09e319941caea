package com.empathyevidence.domain;

/**
 * Warnings a team can phase in: which mode a project starts in, who sees its warnings, and who may change it. One
 * place for these rules (README, "Warnings a team can phase in").
 *
 * <ul>
 *   <li><b>Default</b>: a project that already has evidence when the app first reads its setting starts ON (its
 *   people already see warnings and keep seeing them); a project without evidence then starts in PREVIEW. The default
 *   is fixed at that first read (stored), so adding evidence later does not switch warnings on by itself.</li>
 *   <li><b>Who sees warnings</b>: ON, everyone who may read the panel; PREVIEW, only the project's administrators
 *   (and system administrators), with the preview line; OFF, no one. The issue property (JQL) and the REST API carry
 *   the warnings whatever the mode: the mode is about the panel.</li>
 *   <li><b>Hidden panel</b>: the panel is not shown on the project's issues at all (its warnings neither).</li>
 *   <li><b>Who may change it</b>: the project's administrators and system administrators.</li>
 * </ul>
 */
public final class PhaseInRule {

    /** What the panel shows of its warnings to one reader. */
    public enum Shown {
        /** the warnings, as always */
        WARNINGS,
        /** the warnings and the preview line ("Preview: 3 issues in this project would show warnings…") */
        WARNINGS_IN_PREVIEW,
        /** no warnings */
        NONE
    }

    private PhaseInRule() {
    }

    /** The mode a project starts in when the app first reads its setting. */
    public static WarningsMode defaultMode(boolean projectHasEvidence) {
        return projectHasEvidence ? WarningsMode.ON : WarningsMode.PREVIEW;
    }

    /** The setting a project starts with: the default mode, the panel shown. */
    public static PanelSetting defaultSetting(String projectKey, boolean projectHasEvidence) {
        return new PanelSetting(projectKey, defaultMode(projectHasEvidence), false, null);
    }

    /** What a reader sees of the warnings in this mode; {@code projectAdmin} is true for project and system administrators. */
    public static Shown shown(WarningsMode mode, boolean projectAdmin) {
        return switch (mode) {
            case ON -> Shown.WARNINGS;
            case PREVIEW -> projectAdmin ? Shown.WARNINGS_IN_PREVIEW : Shown.NONE;
            case OFF -> Shown.NONE;
        };
    }

    /** Whether the panel is shown on the project's issues. */
    public static boolean panelShown(PanelSetting setting) {
        return setting == null || !setting.panelHidden();
    }

    /** Whether someone may change a project's setting. */
    public static boolean mayChange(boolean projectAdmin, boolean systemAdmin) {
        return projectAdmin || systemAdmin;
    }
}
