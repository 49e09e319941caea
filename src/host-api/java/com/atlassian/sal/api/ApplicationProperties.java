package com.atlassian.sal.api;

// Mirrors sal-api com.atlassian.sal.api.ApplicationProperties (subset: getBaseUrl(UrlMode))

public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
