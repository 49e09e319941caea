package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.app.PanelSettingsService;
import com.empathyevidence.domain.PanelSetting;
import com.empathyevidence.view.PanelSettingsView;
import com.empathyevidence.view.ViewRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * phasein (issue 16): a project's Evidence settings page ({@code /plugins/servlet/empathy/project-settings?project=KEY}):
 * the warnings mode (on, preview, off), hiding the panel, and the preview of what would be flagged. For the project's
 * administrators and system administrators; the page's script saves through {@code PUT /panel-settings/{projectKey}}.
 */
@JiraComponent
public class PanelSettingsPages {

    /** "plugin key:web-resource key" of the page's script and styles. */
    public static final String RESOURCES = "com.empathyevidence.empathy-evidence:panel-settings-resources";
    public static final String PATH = "/plugins/servlet/empathy/project-settings";

    static final java.util.List<String> PAGE_KEYS = java.util.List.of(
            "title", "intro", "warningsLegend", "on", "onHint", "preview", "previewHint", "off", "offHint", "hide", "hideHint",
            "save", "saved", "failed", "previewTitle", "previewIntro", "colIssue", "colTitle", "colWarnings", "previewNone", "jqlLink", "jqlNote");

    private final PanelSettingsService settings;
    private final AccessPolicy access;
    private final EvidenceHealth.ProjectNames names;
    private final ViewRenderer renderer;
    private final PageBuilderService pageBuilder;

    @Inject
    public PanelSettingsPages(PanelSettingsService settings, AccessPolicy access, EvidenceHealth.ProjectNames names, ViewRenderer renderer,
                              @JiraImport PageBuilderService pageBuilder) {
        this.settings = settings;
        this.access = access;
        this.names = names;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    /** The page's address for a project, relative to a page one level under the context ({@code /browse/X}, {@code /projects/X}). */
    public static String href(String projectKey) {
        return ".." + PATH + "?project=" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
    }

    public boolean signedIn() {
        return access.currentUser().isPresent();
    }

    /** Whether the signed-in user may open the project's page: they administer it (or Jira). */
    public boolean allowed(String projectKey) {
        String key = projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT);
        return !key.isEmpty() && access.canBrowseProject(key) && settings.mayChange(key);
    }

    /** The page's body; call {@link #allowed} first. */
    public String page(String projectKey) {
        String key = projectKey.strip().toUpperCase(Locale.ROOT);
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        PanelSetting setting = settings.read(key);
        Map<String, Object> model = new HashMap<>();
        for (String k : PAGE_KEYS) {
            model.put("t_" + k, renderer.texts().get("empathy.phasein.page." + k, names.nameOf(key), key));
        }
        model.put("settings", PanelSettingsView.of(key, names.nameOf(key), setting, settings.preview(key, 0),
                PanelSettingsService.previewJql(key), renderer.texts()));
        return renderer.render("templates/panel-settings.vm", model);
    }

    public String title(String projectKey) {
        String key = projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT);
        return renderer.texts().get("empathy.phasein.page.title", names.nameOf(key), key);
    }

    public String text(String key) {
        return renderer.texts().get(key);
    }
}
