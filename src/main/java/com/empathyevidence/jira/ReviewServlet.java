package com.empathyevidence.jira;

import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The review queue ({@code /plugins/servlet/empathy/review}): a general page in Jira's chrome ({@code atl.general}). */
public class ReviewServlet extends HttpServlet {

    private final transient ReviewPages pages;

    @Inject
    public ReviewServlet(ReviewPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (!pages.signedIn()) {
            response.setStatus(401);
            response.getWriter().write(page(pages.title(null), "<p>" + LibraryServlet.escape(pages.text("empathy.review.page.signIn")) + "</p>"));
            return;
        }
        ReviewPages.Rendered rendered = pages.page(request::getParameter);
        response.setStatus(rendered.status());
        response.getWriter().write(page(rendered.title(), rendered.body()));
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + LibraryServlet.escape(title) + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body>"
                + body + "</body></html>";
    }
}
