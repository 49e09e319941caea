package com.empathyevidence.view;

import java.net.URI;
import java.util.Locale;

/** Only http and https addresses are ever rendered as links. */
public final class SafeLinks {

    private SafeLinks() {
    }

    public static String httpOrNull(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
