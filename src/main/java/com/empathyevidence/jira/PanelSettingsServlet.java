package com.empathyevidence.jira;

import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * phasein (issue 16): a project's Evidence settings page ({@code /plugins/servlet/empathy/project-settings?project=KEY}),
 * in Jira's general page chrome. For the project's administrators and system administrators: anyone else gets the
 * host's own answer (401 to sign in, 403 otherwise, whether or not the project exists).
 */
public class PanelSettingsServlet extends HttpServlet {

    private final transient PanelSettingsPages pages;

    @Inject
    public PanelSettingsServlet(PanelSettingsPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!pages.signedIn()) {
            response.sendError(401);
            return;
        }
        String project = request.getParameter("project");
        if (!pages.allowed(project)) {
            response.sendError(403);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>" + LibraryServlet.escape(pages.title(project))
                + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body>" + pages.page(project) + "</body></html>");
    }
}
