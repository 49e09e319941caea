package com.atlassian.sal.api.message;

// Mirrors sal-api LocaleResolver as decompiled in public sources (complete: implementable by a workbench; the request is jakarta.servlet in Platform 8)

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import java.util.Set;

public interface LocaleResolver {

    Locale getLocale(jakarta.servlet.http.HttpServletRequest request);

    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();

    Set<Locale> getSupportedLocales();
}
