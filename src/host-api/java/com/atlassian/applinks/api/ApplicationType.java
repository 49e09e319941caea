// Mirrors public signatures (subset) of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationType.java
package com.atlassian.applinks.api;

import java.net.URI;

public interface ApplicationType {
    String getI18nKey();

    @Deprecated
    URI getIconUrl();
}
