// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/TypeNotInstalledException.java
package com.atlassian.applinks.api;

import java.net.URI;

public class TypeNotInstalledException extends Exception {
    private final String type;
    private final String name;
    private final URI rpcUrl;

    @Deprecated
    public TypeNotInstalledException(String type) {
        this(type, null, null);
    }

    public TypeNotInstalledException(String type, String name, URI rpcUrl) {
        this.type = type;
        this.name = name;
        this.rpcUrl = rpcUrl;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public URI getRpcUrl() {
        return rpcUrl;
    }

    public String getMessageKey() {
        return "applinks.type.not.installed";
    }
}
