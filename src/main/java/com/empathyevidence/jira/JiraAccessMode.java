package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.app.HostAccessMode;

/**
 * Jira's side of {@link HostAccessMode}. Jira Data Center 11.3 (and 10.3 LTS) has a read-only mode, but offers apps no
 * public Java API to ask for it: it is switched and read over REST ({@code GET/PUT /rest/api/2/readonly-mode}) and
 * enforced in Jira's project-permission check, which grants a non-system-administrator no write permission (edit,
 * link, administer) while it is on. This app asks that permission check before every write of the panel and the
 * REST API ({@link JiraAccessPolicy}), so in Jira's read-only mode those writes are refused with the app's
 * "you need permission to edit" answer and the panel shows no write controls. The scheduled refresh runs as no user and
 * cannot be told; see README, "Read-only mode". Until Atlassian publishes a Java API this answers "not read-only".
 */
@JiraComponent
public class JiraAccessMode implements HostAccessMode {

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public String messageKey() {
        return "empathy.readOnly.jira";
    }
}
