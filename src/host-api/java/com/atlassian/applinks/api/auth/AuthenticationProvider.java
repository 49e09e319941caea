// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/auth/AuthenticationProvider.java
package com.atlassian.applinks.api.auth;

public interface AuthenticationProvider {
}
