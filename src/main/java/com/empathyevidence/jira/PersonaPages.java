package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.CatalogService;
import com.empathyevidence.view.PersonasPageView;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The personas page: personas and their map items, changed through the REST API by the page's script. The server
 * renders the page's frame, its texts and whether the reader may change maps ({@link CatalogService#canEdit()}).
 */
@JiraComponent
public class PersonaPages {

    /** "plugin key:web-resource key" of the page's script and styles. */
    public static final String RESOURCES = "com.empathyevidence.empathy-evidence:personas-page-resources";

    static final java.util.List<String> PAGE_KEYS = java.util.List.of(
            "title", "intro", "readOnly", "list", "loading", "create", "key", "keyHint", "name", "description", "createRun",
            "map", "addItem", "statement", "section", "addRun", "signIn", "save",
            "retire", "retireReason", "retireHint", "retireRun", "restoreRun");

    private final CatalogService catalog;
    private final AccessPolicy access;
    private final ViewRenderer renderer;
    private final PageBuilderService pageBuilder;

    @Inject
    public PersonaPages(CatalogService catalog, AccessPolicy access, ViewRenderer renderer, @JiraImport PageBuilderService pageBuilder) {
        this.catalog = catalog;
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    public boolean signedIn() {
        return access.currentUser().isPresent();
    }

    public String page() {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> model = new HashMap<>();
        for (String key : PAGE_KEYS) {
            model.put("t_" + key, renderer.texts().get("empathy.personas.page." + key));
        }
        model.put("personas", PersonasPageView.of(catalog.canEdit(), renderer.texts()));
        return renderer.render("templates/personas.vm", model);
    }

    public String text(String key) {
        return renderer.texts().get(key);
    }
}
