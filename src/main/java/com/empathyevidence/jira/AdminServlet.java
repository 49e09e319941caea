package com.empathyevidence.jira;

import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The app configuration page ({@code /plugins/servlet/empathy/admin}), in Jira's administration chrome (the
 * {@code atl.admin} decorator). For system administrators only: anyone else gets the host's own answer (401 to
 * sign in, 403 Jira's permission page), never the app's content.
 */
public class AdminServlet extends HttpServlet {

    private final transient AdminPages pages;

    @Inject
    public AdminServlet(AdminPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!pages.signedIn()) {
            response.sendError(401);
            return;
        }
        if (!pages.allowed()) {
            response.sendError(403);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>" + LibraryServlet.escape(pages.title())
                + "</title><meta name=\"decorator\" content=\"atl.admin\"></head><body>" + pages.page(request::getParameter) + "</body></html>");
    }
}
