package com.empathyevidence.view;

import com.empathyevidence.app.IssueSearch;
import com.empathyevidence.domain.PanelSetting;
import com.empathyevidence.domain.WarningsMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * phasein (issue 16): the project's Evidence settings page: its warnings mode, whether the panel is hidden, and the
 * preview (the issues that would show warnings, the first page of them, and how many in all).
 */
public final class PanelSettingsView {

    private final String projectKey;
    private final String projectName;
    private final PanelSetting setting;
    private final List<PanelPreviewRowView> rows = new ArrayList<>();
    private final String previewSummary;
    private final String moreText;
    private final String jqlHref;

    private PanelSettingsView(String projectKey, String projectName, PanelSetting setting, String previewSummary, String moreText, String jqlHref) {
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.setting = setting;
        this.previewSummary = previewSummary;
        this.moreText = moreText;
        this.jqlHref = jqlHref;
    }

    /** The page for a project's setting and the first page of its preview ({@code jql} asks the same question). */
    public static PanelSettingsView of(String projectKey, String projectName, PanelSetting setting, IssueSearch.Page preview, String jql, Texts texts) {
        int more = Math.max(0, preview.total() - preview.issues().size());
        String jqlHref = "../../../issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8);
        PanelSettingsView view = new PanelSettingsView(projectKey, projectName, setting,
                texts.get("empathy.phasein.page.previewSummary", preview.total()),
                more == 0 ? "" : texts.get("empathy.phasein.page.previewMore", more), jqlHref);
        for (IssueSearch.Found f : preview.issues()) {
            List<LabelView> warnings = new ArrayList<>();
            if (f.summary() != null) {
                for (String type : f.summary().warnings()) {
                    String key = type.toLowerCase(Locale.ROOT);
                    warnings.add(new LabelView(key, texts.get("empathy.health.warning." + key)));
                }
            }
            view.rows.add(new PanelPreviewRowView(f.issueKey(), "../../../browse/" + URLEncoder.encode(f.issueKey(), StandardCharsets.UTF_8),
                    f.title(), warnings));
        }
        return view;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public boolean isOn() {
        return setting.warnings() == WarningsMode.ON;
    }

    public boolean isPreview() {
        return setting.warnings() == WarningsMode.PREVIEW;
    }

    public boolean isOff() {
        return setting.warnings() == WarningsMode.OFF;
    }

    public boolean isPanelHidden() {
        return setting.panelHidden();
    }

    public List<PanelPreviewRowView> getRows() {
        return rows;
    }

    public boolean isAnyRow() {
        return !rows.isEmpty();
    }

    public String getPreviewSummary() {
        return previewSummary;
    }

    public String getMoreText() {
        return moreText;
    }

    public String getJqlHref() {
        return jqlHref;
    }
}
