package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.workbench.PluginContainer;
import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.WorkbenchWebResources;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira's project-centric page {@code /projects/KEY?selectedItem=LOCATION}: the project sidebar (the project's issues,
 * then the web-items of {@value #PLUGIN_SECTION}, their links filled as Jira fills them) and, in the main area, the
 * web panels at the location named by {@code selectedItem}, each with its context provider's map ({@code project},
 * {@code user}). A project the user may not browse reads as one that does not exist.
 */
final class ProjectPagesServlet extends HttpServlet {

    static final String PLUGIN_SECTION = "jira.project.sidebar.plugins.navigation";

    private final PluginDescriptor descriptor;
    private final PluginContainer plugin;
    private final DemoJira jira;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final Chrome chrome;
    private final WorkbenchWebResources webResources;
    private final Map<String, ContextProvider> providers = new HashMap<>();

    ProjectPagesServlet(PluginDescriptor descriptor, PluginContainer plugin, DemoJira jira, TemplateRenderer renderer, I18nResolver i18n,
                        Chrome chrome, WorkbenchWebResources webResources) {
        this.descriptor = descriptor;
        this.plugin = plugin;
        this.jira = jira;
        this.renderer = renderer;
        this.i18n = i18n;
        this.chrome = chrome;
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String self = path + (query == null ? "" : "?" + query);
        if (CurrentUser.get().isEmpty()) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(self, StandardCharsets.UTF_8));
            return;
        }
        String key = path.startsWith("/projects/") ? path.substring("/projects/".length()).replaceAll("/+$", "") : "";
        Project project = jira.getProjectObjByKey(key);
        if (project == null || !jira.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, jira.getLoggedInUser())) {
            response.setStatus(404);
            response.getWriter().write(chrome.page("jira", "Project not found", self, "",
                    "<main class=\"wb-page\"><h1>Project not found</h1><p>The project you are trying to view does not exist, or you do not have permission to see it.</p></main>"));
            return;
        }
        String selected = request.getParameter("selectedItem");
        webResources.beginPage();
        StringBuilder main = new StringBuilder();
        if (selected == null || selected.isEmpty() || descriptor.webPanelsAt(selected).isEmpty()) {
            main.append("<h1>").append(esc(project.getName())).append("</h1><p>Choose a page in the project sidebar.</p>");
        } else {
            for (PluginDescriptor.WebPanel panel : descriptor.webPanelsAt(selected)) {
                main.append(render(panel, project));
            }
        }
        StringBuilder body = new StringBuilder("<div class=\"wb-conf-layout wb-project-layout\"><nav class=\"wb-sidebar\" id=\"project-sidebar\" aria-label=\"Project\">")
                .append("<h2>").append(esc(project.getName())).append("</h2><ul>")
                .append("<li><a href=\"/issues/?jql=").append(esc(URLEncoder.encode("project = " + project.getKey(), StandardCharsets.UTF_8)))
                .append("\">Issues</a></li>");
        for (PluginDescriptor.WebItem item : descriptor.webItemsIn(PLUGIN_SECTION)) {
            String link = item.link().replace("$pathEncodedProjectKey", URLEncoder.encode(project.getKey(), StandardCharsets.UTF_8))
                    .replace("$project.key", project.getKey()).replace("${project.key}", project.getKey());
            boolean current = selected != null && link.endsWith("selectedItem=" + selected);
            body.append("<li><a id=\"").append(esc(item.key())).append("\" href=\"").append(esc(link)).append('"')
                    .append(current ? " aria-current=\"page\" class=\"wb-current\"" : "").append('>')
                    .append(esc(item.labelKey() == null ? item.key() : i18n.getText(item.labelKey()))).append("</a></li>");
        }
        body.append("</ul></nav><main class=\"wb-page\" id=\"main\">").append(main).append("</main></div>");
        response.getWriter().write(chrome.page("jira", project.getName(), self, chrome.resources(webResources.endPage(), true), body.toString()));
    }

    /** As Jira renders a web panel: the context provider's map, then the panel's Velocity view. */
    private String render(PluginDescriptor.WebPanel panel, Project project) {
        Map<String, Object> context = new HashMap<>();
        context.put("project", project);
        context.put("user", jira.getLoggedInUser());
        context.put("projectKey", project.getKey());
        try {
            ContextProvider provider = provider(panel);
            StringWriter out = new StringWriter();
            renderer.render(panel.template(), provider.getContextMap(context), out);
            return out.toString();
        } catch (Exception e) {
            log("Error rendering web panel " + panel.key(), e);
            return "<div class=\"aui-message aui-message-error\"><p>Error rendering '" + esc(descriptor.key + ":" + panel.key())
                    + "'. Please contact your Jira administrators.</p></div>";
        }
    }

    private synchronized ContextProvider provider(PluginDescriptor.WebPanel panel) throws ReflectiveOperationException {
        ContextProvider existing = providers.get(panel.key());
        if (existing == null) {
            existing = (ContextProvider) plugin.instantiate(Class.forName(panel.contextProvider()));
            existing.init(Map.of());
            providers.put(panel.key(), existing);
        }
        return existing;
    }

    @Override
    public void log(String message, Throwable t) {
        System.err.println(message + ": " + t);
        t.printStackTrace();
    }
}
