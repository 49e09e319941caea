package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.AdminService;
import com.empathyevidence.app.AdminStore;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.view.AdminView;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import jakarta.inject.Inject;

/**
 * The app configuration page (Jira administration, opened by the plugin manager's Configure and Get started links),
 * rendered on the server from one request: the policy in force, one page of participants, the latest erasures.
 */
@JiraComponent
public class AdminPages {

    /** "plugin key:web-resource key" of the page's script and styles. */
    public static final String RESOURCES = "com.empathyevidence.empathy-evidence:admin-config-resources";

    /** The page's static texts, passed to the template as {@code $t_<suffix>} from {@code empathy.admin.page.<suffix>}. */
    static final java.util.List<String> PAGE_KEYS = java.util.List.of(
            "title", "intro", "policyTitle", "policyIntro", "scope", "scopeShow", "colKind", "colDays", "aging", "agingHint", "percent",
            "effect", "save", "noVersion", "participantsTitle", "participantsIntro", "search", "searchRun", "colAlias",
            "colSegment", "colRole", "colConsent", "colActions", "edit", "segment", "role", "consent", "participantSave",
            "cancel", "erase", "eraseIntro", "eraseConfirm", "eraseRun", "previous", "next", "paging", "erasuresTitle",
            "erasuresIntro", "colWho", "colWhen", "erasuresNone", "days",
            // workspace-import: the full archive
            "archiveTitle", "archiveIntro", "archiveWhen", "archiveDownloadTitle", "archiveDownloadHint", "archiveDownload",
            "archiveRestoreTitle", "archiveFile", "archiveFileHint", "archiveRestore");

    private final AdminService admin;
    private final EvidenceStore store;
    private final AccessPolicy access;
    private final ViewRenderer renderer;
    private final PageBuilderService pageBuilder;

    @Inject
    public AdminPages(AdminService admin, EvidenceStore store, AccessPolicy access, ViewRenderer renderer,
                      @JiraImport PageBuilderService pageBuilder) {
        this.admin = admin;
        this.store = store;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return access.currentUser().isPresent();
    }

    /** Whether the signed-in user may open the page (a system administrator). */
    public boolean allowed() {
        return admin.allowed();
    }

    /** The page's body for these request parameters ({@code project}, {@code q}, {@code start}). */
    public String page(Function<String, String> parameter) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        String project = blankToNull(parameter.apply("project"));
        if (project != null && !access.browsableProjects().contains(project)) {
            project = null;
        }
        String q = parameter.apply("q");
        int start = 0;
        try {
            start = Math.max(0, Integer.parseInt(parameter.apply("start") == null ? "0" : parameter.apply("start").strip()));
        } catch (NumberFormatException notANumber) {
            start = 0;
        }
        AdminStore.ParticipantPage page = admin.participants(q, start);
        Map<String, Object> model = new HashMap<>();
        for (String key : PAGE_KEYS) {
            model.put("t_" + key, renderer.texts().get("empathy.admin.page." + key));
        }
        model.put("admin", AdminView.of(project, store.policies(), access.browsableProjects(), q, start, page, AdminService.PAGE_SIZE,
                admin.erasures(), renderer.texts()));
        return renderer.render("templates/admin-config.vm", model);
    }

    /** The page's title. */
    public String title() {
        return renderer.texts().get("empathy.admin.page.title");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
