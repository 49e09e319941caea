// Mirrors public signatures (subset) of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ReadOnlyApplicationLink.java
package com.atlassian.applinks.api;

import com.atlassian.applinks.api.auth.AuthenticationProvider;
import java.net.URI;

public interface ReadOnlyApplicationLink {
    ApplicationId getId();

    ApplicationType getType();

    String getName();

    URI getDisplayUrl();

    URI getRpcUrl();

    boolean isPrimary();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory(Class<? extends AuthenticationProvider> providerClass);
}
