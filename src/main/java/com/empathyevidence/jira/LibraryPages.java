package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.LibraryFilters;
import com.empathyevidence.app.LibraryService;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.Validator;
import com.empathyevidence.view.LibraryView;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jakarta.inject.Inject;

/**
 * The evidence library and import pages, rendered on the server from one request: the page's texts, the filters as
 * typed and one page of rows; the page's script and styles are required from the host's web-resource manager.
 */
@JiraComponent
public class LibraryPages {

    /** "plugin key:web-resource key" of the pages' script and styles. */
    public static final String RESOURCES = "com.empathyevidence.empathy-evidence:evidence-library-resources";

    /** The page's static texts, passed to the template as {@code $t_<suffix>} from {@code empathy.library.page.<suffix>}. */
    static final java.util.List<String> PAGE_KEYS = java.util.List.of(
            "title", "intro", "filters", "q", "qHint", "persona", "section", "sourceKind", "freshness", "project", "participant",
            "observedFrom", "observedTo", "status", "sort", "apply", "reset", "results", "empty", "previous", "next", "paging",
            "selectAll", "bulk", "bulkAction", "bulkReconfirm", "bulkRetire", "bulkLink", "bulkBack", "note", "noteMode", "noteOne", "noteEach", "reason", "issueKey",
            "relation", "mapPersona", "mapItem", "run", "colEvidence", "colLinks", "colHistory", "linksNone", "historyNone",
            "edit", "save", "cancel", "retire", "text", "observedOn", "sourceTitle", "export", "exportRetired", "exportRun",
            "importLink", "libraryLink", "importTitle", "importIntro", "importFile", "importFileHint", "importCheck", "importRun",
            "importErrors", "colRow", "colLine", "colColumn", "colMessage", "importProgress", "importSummary", "errorsTitle",
            "signIn", "statusLabel", "actions",
            // workspace-import
            "importColumns", "importDuplicates", "colDuplicate", "kind");

    private final LibraryService library;
    private final EvidenceStore store;
    private final AccessPolicy access;
    private final ViewRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final com.empathyevidence.domain.PersonaRevisions revisions;
    private final com.empathyevidence.app.OwnerService owners;

    @Inject
    public LibraryPages(LibraryService library, EvidenceStore store, AccessPolicy access, ViewRenderer renderer,
                        @JiraImport PageBuilderService pageBuilder, com.empathyevidence.domain.PersonaRevisions revisions,
                        com.empathyevidence.app.OwnerService owners) {
        this.revisions = revisions;
        this.owners = owners;
        this.library = library;
        this.store = store;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    /** Whether someone is signed in (the pages are for signed-in users only). */
    public boolean signedIn() {
        return access.currentUser().isPresent();
    }

    /** The library page's body for these request parameters. */
    public String library(Function<String, String> parameter) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        LibraryFilters filters = LibraryFilters.from(parameter);
        Validator v = new Validator();
        LibraryFilters.Parsed parsed = filters.parse(v);
        List<FieldError> errors = v.errors();
        LibraryService.Page page = null;
        if (errors.isEmpty()) {
            try {
                page = library.page(parsed.query(), parsed.freshness());
            } catch (Problem p) {
                errors = p.fieldErrors();
            }
        }
        Map<String, Object> model = texts();
        LibraryView view = LibraryView.of(filters, page, errors,
                com.empathyevidence.view.PersonaChoices.of(store.personas(), revisions.retirements().keySet(), renderer.texts()),
                access.browsableProjects(), renderer.texts());
        if (page != null) {
            // Owners, review-by dates and requests (issue 16): three more queries for the page, whatever its size.
            pageBuilder.assembler().resources().requireWebResource(OwnershipPages.RESOURCES);
            List<com.empathyevidence.view.EvidenceRowView> rows = new java.util.ArrayList<>();
            view.getRows().forEach(r -> rows.add(r.getEvidence()));
            com.empathyevidence.view.StewardshipView.attach(rows, owners.of(page.rows().stream().map(LibraryService.Row::evidence).toList()),
                    renderer.texts());
        }
        model.put("library", view);
        model.put("t_bulkHandOver", renderer.texts().get("empathy.owners.handOver.action"));
        model.put("t_newOwner", renderer.texts().get("empathy.owners.handOver.owner"));
        return renderer.render("templates/library.vm", model);
    }

    /** The import page's body. */
    public String importPage() {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> model = texts();
        model.put("library", LibraryView.of(LibraryFilters.from(p -> null), null, List.of(), List.of(), List.of(), renderer.texts()));
        return renderer.render("templates/import.vm", model);
    }

    /** The page's title, for the head. */
    public String title(String which) {
        return renderer.texts().get("import".equals(which) ? "empathy.library.page.importTitle" : "empathy.library.page.title");
    }

    /** One text of the bundle. */
    public String text(String key) {
        return renderer.texts().get(key);
    }

    private Map<String, Object> texts() {
        Map<String, Object> model = new HashMap<>();
        for (String key : PAGE_KEYS) {
            model.put("t_" + key, renderer.texts().get("empathy.library.page." + key));
        }
        return model;
    }
}
