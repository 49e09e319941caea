// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLink.java (real type also extends PropertySet, omitted here)
package com.atlassian.applinks.api;

public interface ApplicationLink extends ReadOnlyApplicationLink {
}
