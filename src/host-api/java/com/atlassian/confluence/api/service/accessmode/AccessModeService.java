package com.atlassian.confluence.api.service.accessmode;

// Mirrors https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/api/service/accessmode/AccessModeService.html (Confluence 6.10+; subset: the one method this plugin calls, as implementors in public sources declare it, e.g. requirementyogi's PseaTestUtils)

public interface AccessModeService {

    boolean isReadOnlyAccessModeEnabled();
}
