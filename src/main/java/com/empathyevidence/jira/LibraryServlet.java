package com.empathyevidence.jira;

import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Jira pages of the evidence library ({@code /plugins/servlet/empathy/library}) and of the CSV import
 * ({@code /plugins/servlet/empathy/import}): a general page in Jira's chrome (the {@code atl.general} decorator).
 */
public class LibraryServlet extends HttpServlet {

    private final transient LibraryPages pages;

    @Inject
    public LibraryServlet(LibraryPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
        boolean importPage = path.endsWith("/import");
        if (!pages.signedIn()) {
            response.setStatus(401);
            response.getWriter().write(page(pages.title("library"), "<p>" + escape(pages.text("empathy.library.page.signIn")) + "</p>"));
            return;
        }
        String body = importPage ? pages.importPage() : pages.library(request::getParameter);
        response.getWriter().write(page(pages.title(importPage ? "import" : "library"), body));
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + escape(title) + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body>"
                + body + "</body></html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
