package com.empathyevidence.confluence;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;

/**
 * Asks Confluence to include the map's stylesheet in the page being rendered. The {@code empathy-map-resources}
 * web-resource has no {@code <context>}: it is needed wherever the macro renders (page view, preview, exports, a
 * page included in another) and nowhere else, so the macro requires it through the host's {@link PageBuilderService}
 * (request-scoped: it adds to the page the current request is building), as Atlassian's own plugins require theirs
 * ({@code pageBuilderService.assembler().resources().requireWebResource("<plugin key>:<web-resource key>")}).
 */
@ConfluenceComponent
public class MapWebResources {

    /** The map's stylesheet: "plugin key:web-resource key" (DescriptorIT checks it against the descriptor). */
    public static final String MAP_RESOURCES = "com.empathyevidence.empathy-evidence:empathy-map-resources";

    private final PageBuilderService pageBuilder;

    @Inject
    public MapWebResources(@ConfluenceImport PageBuilderService pageBuilder) {
        this.pageBuilder = pageBuilder;
    }

    /** Requires the map's stylesheet for the page being rendered; requiring it twice includes it once. */
    public void requireMapResources() {
        pageBuilder.assembler().resources().requireWebResource(MAP_RESOURCES);
    }
}
