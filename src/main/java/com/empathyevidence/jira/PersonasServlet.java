package com.empathyevidence.jira;

import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The personas page ({@code /plugins/servlet/empathy/personas}): a general page in Jira's chrome ({@code atl.general}). */
public class PersonasServlet extends HttpServlet {

    private final transient PersonaPages pages;

    @Inject
    public PersonasServlet(PersonaPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String title = pages.text("empathy.personas.page.title");
        String body = pages.signedIn() ? pages.page() : "<p>" + LibraryServlet.escape(pages.text("empathy.personas.page.signIn")) + "</p>";
        if (!pages.signedIn()) {
            response.setStatus(401);
        }
        response.getWriter().write("<html><head><title>" + LibraryServlet.escape(title)
                + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body>" + body + "</body></html>");
    }
}
