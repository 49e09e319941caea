package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.PanelSetting;
import com.empathyevidence.domain.PhaseInRule;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Validator;
import com.empathyevidence.domain.WarningsMode;
import java.util.Locale;
import jakarta.inject.Inject;

/**
 * Warnings a team can phase in, per project: reads a project's setting (fixing its default at the first read, see
 * {@link PhaseInRule}), tells what the current reader sees, changes it (project and system administrators), and finds
 * the issues that would show warnings (the preview).
 */
@JiraComponent
public class PanelSettingsService {

    /** Issues per page of the preview. */
    public static final int PREVIEW_PAGE = 25;

    private final PanelSettingsStore store;
    private final AccessPolicy access;
    private final IssueSearch search;
    private final HostAccessMode accessMode;

    @Inject
    public PanelSettingsService(PanelSettingsStore store, AccessPolicy access, IssueSearch search, HostAccessMode accessMode) {
        this.store = store;
        this.access = access;
        this.search = search;
        this.accessMode = accessMode;
    }

    /**
     * The project's setting, without a permission check (the caller has checked the reader may see the project's
     * issue). The first read fixes the default and stores it, except while the host is read-only (then the default
     * is answered and fixed at a later read).
     */
    public PanelSetting settingOf(String projectKey) {
        String key = normal(projectKey);
        return store.find(key).orElseGet(() -> {
            PanelSetting initial = PhaseInRule.defaultSetting(key, store.hasEvidence(key));
            return accessMode != null && accessMode.readOnly() ? initial : store.storeIfAbsent(initial);
        });
    }

    /** What the current reader sees of the project's panel warnings. */
    public PhaseInRule.Shown shownTo(PanelSetting setting) {
        return PhaseInRule.shown(setting.warnings(), mayChange(setting.projectKey()));
    }

    /** Whether the current user may change the project's setting (project administrator or system administrator). */
    public boolean mayChange(String projectKey) {
        return PhaseInRule.mayChange(access.canAdministerProject(normal(projectKey)), access.isAdmin());
    }

    /** The setting for someone who may change it; 404 for a project they may not browse, 403 for one they may only browse. */
    public PanelSetting read(String projectKey) {
        String key = requireMayChange(projectKey);
        return settingOf(key);
    }

    /** Changes the setting: {@code warnings} ON, PREVIEW or OFF (null keeps it), {@code panelHidden} (null keeps it). */
    public PanelSetting change(String projectKey, String warnings, Boolean panelHidden) {
        String key = requireMayChange(projectKey);
        Validator v = new Validator();
        WarningsMode mode = null;
        if (warnings != null) {
            mode = WarningsMode.parse(warnings).orElse(null);
            if (mode == null) {
                v.error("warnings", "empathy.phasein.validation.warnings");
            }
        }
        v.check();
        PanelSetting current = settingOf(key);
        return store.save(new PanelSetting(key, mode == null ? current.warnings() : mode,
                panelHidden == null ? current.panelHidden() : panelHidden, access.currentUser().orElse(null)));
    }

    /** The JQL of the issues in the project that show (or would show) warnings, in key order. */
    public static String previewJql(String projectKey) {
        return "project = " + normal(projectKey) + " AND issue.property[" + IssueSummary.PROPERTY_KEY + "].warnings IS NOT EMPTY ORDER BY key ASC";
    }

    /** How many issues in the project would show warnings (as the reader's search counts them). */
    public int flaggedCount(String projectKey) {
        return search.search(previewJql(projectKey), 0, 1).total();
    }

    /** One page of the issues that would show warnings, for someone who may change the setting. */
    public IssueSearch.Page preview(String projectKey, int start) {
        String key = requireMayChange(projectKey);
        return search.search(previewJql(key), Math.max(0, start), PREVIEW_PAGE);
    }

    private String requireMayChange(String projectKey) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        String key = normal(projectKey);
        if (key.isEmpty() || !access.canBrowseProject(key)) {
            throw Problem.notFound("empathy.phasein.error.projectNotFound", key);
        }
        if (!mayChange(key)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.phasein.error.notProjectAdmin", key);
        }
        return key;
    }

    private static String normal(String projectKey) {
        return projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT);
    }
}
