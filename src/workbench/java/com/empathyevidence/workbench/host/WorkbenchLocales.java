package com.empathyevidence.workbench.host;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import java.util.Set;

/**
 * SAL's LocaleResolver for the workbench: its users have no language setting and its i18n ({@link WorkbenchI18n})
 * serves the plugin's one bundle in English, so every user, request and the application read English.
 */
public final class WorkbenchLocales implements LocaleResolver {

    @Override
    public Locale getLocale(jakarta.servlet.http.HttpServletRequest request) {
        return Locale.ENGLISH;
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        return Locale.ENGLISH;
    }

    @Override
    public Locale getApplicationLocale() {
        return Locale.ENGLISH;
    }

    @Override
    public Set<Locale> getSupportedLocales() {
        return Set.of(Locale.ENGLISH);
    }
}
