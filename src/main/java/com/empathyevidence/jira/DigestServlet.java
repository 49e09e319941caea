package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.empathyevidence.app.DigestService;
import com.empathyevidence.view.ViewRenderer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * phasein (issue 16): the signed-in user's weekly digest preference ({@code /plugins/servlet/empathy/digest}), a general
 * page in Jira's chrome; the script saves through {@code PUT /rest/empathy/1.0/digest/preference}. 401 when not signed in.
 */
public class DigestServlet extends HttpServlet {

    static final String RESOURCES = "com.empathyevidence.empathy-evidence:digest-page-resources";
    private static final java.util.List<String> PAGE_KEYS = java.util.List.of("title", "intro", "receive", "save", "failed");

    private final transient DigestService digest;
    private final transient ViewRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient com.empathyevidence.app.AccessPolicy access;

    @Inject
    public DigestServlet(DigestService digest, ViewRenderer renderer, @JiraImport PageBuilderService pageBuilder, com.empathyevidence.app.AccessPolicy access) {
        this.digest = digest;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.access = access;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (access.currentUser().isEmpty()) {
            response.sendError(401);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> model = new HashMap<>();
        for (String key : PAGE_KEYS) {
            model.put("t_" + key, renderer.texts().get("empathy.digest.page." + key));
        }
        boolean receives = digest.receives();
        model.put("receives", receives ? "true" : "false");
        model.put("status", renderer.texts().get(receives ? "empathy.digest.receives" : "empathy.digest.optedOut"));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>" + LibraryServlet.escape(renderer.texts().get("empathy.digest.page.title"))
                + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body>" + renderer.render("templates/digest.vm", model) + "</body></html>");
    }
}
