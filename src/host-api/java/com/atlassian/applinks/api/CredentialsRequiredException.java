// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/CredentialsRequiredException.java
package com.atlassian.applinks.api;

import java.net.URI;

public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private final AuthorisationURIGenerator generator;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
        this.generator = authorisationURIGenerator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator == null ? null : generator.getAuthorisationURI();
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return generator == null ? null : generator.getAuthorisationURI(callback);
    }
}
