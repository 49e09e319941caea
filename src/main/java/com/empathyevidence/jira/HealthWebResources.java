package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;

/**
 * Asks Jira to include the evidence health page's stylesheet and script in the project page being rendered: the
 * {@code evidence-health-resources} web-resource has no context, so it loads on that page only, required while the
 * page's web panel renders (as the map macro requires its own in Confluence).
 */
@JiraComponent
public class HealthWebResources {

    /** "plugin key:web-resource key" (DescriptorIT-style check: the descriptor declares it). */
    public static final String HEALTH_RESOURCES = "com.empathyevidence.empathy-evidence:evidence-health-resources";

    private final PageBuilderService pageBuilder;

    @Inject
    public HealthWebResources(@JiraImport PageBuilderService pageBuilder) {
        this.pageBuilder = pageBuilder;
    }

    public void require() {
        pageBuilder.assembler().resources().requireWebResource(HEALTH_RESOURCES);
    }
}
