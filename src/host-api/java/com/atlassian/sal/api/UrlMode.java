package com.atlassian.sal.api;

// Mirrors sal-api com.atlassian.sal.api.UrlMode (complete)

public enum UrlMode {
    ABSOLUTE, RELATIVE, AUTO, CANONICAL
}
