package com.empathyevidence.workbench.web;

import java.io.IOException;
import java.util.Locale;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The XSRF check a real host makes on its form actions, for the workbench's own: sign-in, sign-out, the demo user
 * switcher, the Personal Access Tokens page and the admin actions under {@code /workbench/*}. A POST a browser sends
 * from another site is refused with 403: {@code Sec-Fetch-Site} must be {@code same-origin} when the browser sends it,
 * otherwise {@code Origin} (or, without it, {@code Referer}) must be this server's own origin. Requests that carry none
 * of these headers come from scripts such as curl, which a cross-site page cannot make a browser send.
 */
final class CrossSiteCheck implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && !sameOrigin(request)) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(403);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("XSRF check failed: this form was sent from another site, so the workbench did not act on it."
                    + " Open the workbench page yourself and try again there.");
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            // "none": the user did it (typed address, bookmark); "same-origin": one of the workbench's own pages
            return site.equals("same-origin") || site.equals("none");
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.trim().equalsIgnoreCase(own);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return referer.equalsIgnoreCase(own) || referer.regionMatches(true, 0, own + "/", 0, own.length() + 1);
        }
        return true;
    }
}
