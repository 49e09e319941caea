package com.empathyevidence.confluence;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.empathyevidence.app.HostAccessMode;
import jakarta.inject.Inject;

/**
 * Confluence Data Center's read-only mode (General Configuration → Maintenance), from its own
 * {@link AccessModeService}: asked on every request, never remembered (an administrator switches it on any node and
 * Confluence shares it across the cluster).
 */
@ConfluenceComponent
public class ConfluenceAccessMode implements HostAccessMode {

    private final AccessModeService accessMode;

    @Inject
    public ConfluenceAccessMode(@ConfluenceImport AccessModeService accessMode) {
        this.accessMode = accessMode;
    }

    @Override
    public boolean readOnly() {
        return accessMode.isReadOnlyAccessModeEnabled();
    }

    @Override
    public String messageKey() {
        return "empathy.readOnly.confluence";
    }
}
