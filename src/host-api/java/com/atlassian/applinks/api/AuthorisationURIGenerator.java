// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/AuthorisationURIGenerator.java
package com.atlassian.applinks.api;

import java.net.URI;

public interface AuthorisationURIGenerator {
    URI getAuthorisationURI(URI callback);

    URI getAuthorisationURI();
}
