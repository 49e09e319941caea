package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.confluence.ConfluencePages;
import com.empathyevidence.workbench.confluence.StorageFormat;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.WorkbenchWebResources;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The host pages: the workbench home, a Jira issue view with the plugin's web panel in the right column, and
 * Confluence pages whose body holds the plugin's macro. Plugin modules are used exactly as the descriptor declares;
 * a page links a web-resource only when its context or a require call during the request asks for it
 * ({@link WorkbenchWebResources}).
 */
public final class PagesServlet extends HttpServlet {

    /**
     * A Confluence page of the demo space whose body is a paragraph and one empathy-map macro. Demo pages (and those
     * tests add here) are stored pages: each is written once, in storage format, to {@link ConfluencePages} the first
     * time the workbench starts or the page is asked for, and read from there like any page an author created. The
     * persona pages send their assumptions' validation tasks to the project their research sits in, as an author who
     * configured the macro would (so "Create a task to validate this" shows to whoever may create issues there).
     */
    public record DemoPage(String id, String title, String intro, Map<String, String> macroParameters) {
        /** The page body in Confluence's storage format. */
        public String storageFormat() {
            return StorageFormat.paragraph(intro) + StorageFormat.macro("empathy-map", new java.util.TreeMap<>(macroParameters));
        }
    }

    static final String SPACE = "RES";

    public static final Map<String, DemoPage> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("accountant-map", new DemoPage("accountant-map", "Persona: Amira, the small-practice accountant",
                "What we know about accountants in small practices, and what the backlog does about it.",
                Map.of("persona", "ACCOUNTANT", "layout", "extended", "validationProject", "DEMO")));
        PAGES.put("freelancer-map", new DemoPage("freelancer-map", "Persona: Fatima, the freelance designer",
                "The classic four-quadrant map for freelancers who invoice their own clients.",
                Map.of("persona", "FREELANCER", "layout", "classic", "validationProject", "DEMO")));
        PAGES.put("ops-map", new DemoPage("ops-map", "Persona: Owen, the operations manager",
                "Operations managers approve spending and chase late payments.",
                Map.of("persona", "OPS-MANAGER", "layout", "extended", "validationProject", "DEMO")));
        PAGES.put("collections-map", new DemoPage("collections-map", "Persona: Carmen, the credit controller",
                "Credit controllers chase overdue invoices. All of this research sits in the Billing project.",
                Map.of("persona", "COLLECTIONS", "layout", "extended", "validationProject", "BILL")));
        PAGES.put("missing-persona", new DemoPage("missing-persona", "Draft: persona still to be defined",
                "A page whose macro names a persona that does not exist in Jira.",
                Map.of("persona", "NOBODY")));
    }

    private final PluginDescriptor descriptor;
    private final DemoJira jira;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final ContextProvider panelContextProvider;
    private final PluginDescriptor.WebPanel panel;
    private final Macro macro;
    private final Chrome chrome;
    private final com.empathyevidence.workbench.host.WorkbenchIssueProperties properties;
    private final WorkbenchWebResources webResources;
    private final ConfluencePages pages;
    /** The web panel's condition, built by the plugin's container and initialised as Jira does; null without one. */
    private final com.atlassian.plugin.web.Condition panelCondition;

    private static com.atlassian.plugin.web.Condition condition(com.empathyevidence.workbench.PluginContainer plugin, PluginDescriptor.WebPanel panel) {
        if (plugin == null || panel == null || panel.condition() == null) {
            return null;
        }
        try {
            com.atlassian.plugin.web.Condition condition = (com.atlassian.plugin.web.Condition) plugin.instantiate(Class.forName(panel.condition()));
            condition.init(Map.of());
            return condition;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The web panel's condition " + panel.condition() + " cannot be built", e);
        }
    }

    /** As Jira asks a web panel's condition before rendering it: with the view issue context (issue, user). */
    private boolean panelShown(Issue issue) {
        if (panelCondition == null) {
            return true;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("user", jira.getLoggedInUser());
        return panelCondition.shouldDisplay(context);
    }

    PagesServlet(ConfluencePages pages, PluginDescriptor descriptor, DemoJira jira, TemplateRenderer renderer, I18nResolver i18n,
                 ContextProvider panelContextProvider, Macro macro, Chrome chrome,
                 com.empathyevidence.workbench.host.WorkbenchIssueProperties properties, WorkbenchWebResources webResources,
                 com.empathyevidence.workbench.PluginContainer jiraPlugin) {
        this.properties = properties;
        this.webResources = webResources;
        this.pages = pages;
        for (DemoPage page : PAGES.values()) {
            stored(page.id());
        }
        this.descriptor = descriptor;
        this.jira = jira;
        this.renderer = renderer;
        this.i18n = i18n;
        this.panelContextProvider = panelContextProvider;
        this.panel = descriptor.webPanelAt("atl.jira.view.issue.right.context");
        this.panelCondition = panelContextProvider == null ? null : condition(jiraPlugin, panel);
        this.macro = macro;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.equals("/") || path.isEmpty()) {
            response.getWriter().write(home());
            return;
        }
        if (CurrentUser.get().isEmpty()) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith("/browse/")) {
            issuePage(path.substring("/browse/".length()), path, response);
        } else if (path.startsWith("/wiki/spaces/RES/pages/")) {
            String output = request.getParameter("output");
            if (output != null && !output.isEmpty()) {
                exportPage(path.substring("/wiki/spaces/RES/pages/".length()), output, response);
            } else {
                confluencePage(path.substring("/wiki/spaces/RES/pages/".length()), path, response);
            }
        } else {
            response.sendError(404);
        }
    }

    /** The plugin manager's list of user-installed apps, with the Configure and Get started links UPM shows from plugin-info. */
    private String manageApps() {
        StringBuilder b = new StringBuilder("<h2 id=\"manage-apps\">Manage apps</h2><ul class=\"wb-list\"><li><span class=\"wb-app-name\">")
                .append(esc(descriptor.name)).append("</span>");
        String configure = descriptor.pluginInfoParams.get("configure.url");
        String getStarted = descriptor.pluginInfoParams.get("post.install.url");
        if (configure != null) {
            b.append(" <a class=\"aui-button\" id=\"upm-configure-link\" href=\"").append(esc(configure)).append("\">Configure</a>");
        }
        if (getStarted != null) {
            b.append(" <a class=\"aui-button\" id=\"upm-get-started-link\" href=\"").append(esc(getStarted)).append("\">Get started</a>");
        }
        return b.append("</li></ul>").toString();
    }

    private String home() {
        StringBuilder body = new StringBuilder("<main class=\"wb-page\"><h1>Empathy Evidence workbench</h1>")
                .append("<p>A local Jira and Confluence running the plugin's real REST resources, evidence panel and empathy-map macro.</p>")
                .append("<h2>Jira issues</h2><ul class=\"wb-list\">");
        for (DemoJira.DemoIssue issue : jira.issues()) {
            body.append("<li><a href=\"/browse/").append(esc(issue.key())).append("\">").append(esc(issue.key())).append("</a> ")
                    .append(esc(issue.summary())).append(" <span class=\"wb-muted\">(").append(esc(jira.projectName(issue.projectKey()))).append(")</span></li>");
        }
        body.append("</ul><h2>Confluence pages</h2><ul class=\"wb-list\">");
        for (ConfluencePages.StoredPage page : spacePages()) {
            body.append("<li><a href=\"/wiki/spaces/RES/pages/").append(esc(page.id())).append("\">").append(esc(page.title())).append("</a></li>");
        }
        body.append("</ul><p><a href=\"").append(PageEditorServlet.PATH).append("?spaceKey=RES\">Create a page</a></p><h2>REST</h2><ul class=\"wb-list\">")
                .append("<li><a href=\"/rest/empathy/1.0/issues/DEMO-1/evidence\">/rest/empathy/1.0/issues/DEMO-1/evidence</a></li>")
                .append("<li><a href=\"/rest/empathy/1.0/personas/ACCOUNTANT/map\">/rest/empathy/1.0/personas/ACCOUNTANT/map</a></li>")
                .append("</ul>").append(manageApps()).append("<p><a href=\"/workbench/read-only\">Maintenance: read-only mode</a> (administrators)</p>"
                        + "<p><a href=\"" + WorkflowServlet.VIEW + "\">Workflow: transitions, conditions and validators</a> (administrators)</p>")
                .append("<p class=\"wb-muted\">Demo users: admin/admin, pm/pm, viewer/viewer (viewer cannot see the BILL project).</p></main>");
        return chrome.page("jira", "Workbench", "/", "", body.toString());
    }

    private void issuePage(String key, String path, HttpServletResponse response) throws IOException {
        issuePage(key, path, response, java.util.List.of());
    }

    /** The issue page; {@code transitionErrors}: what stopped a transition just tried (shown above the transitions, as Jira shows them). */
    void issuePage(String key, String path, HttpServletResponse response, java.util.List<String> transitionErrors) throws IOException {
        Issue issue = jira.getIssueObject(key);
        DemoJira.DemoIssue demo = jira.demoIssue(key);
        if (issue == null || !jira.hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, issue, jira.getLoggedInUser())) {
            response.setStatus(404);
            response.getWriter().write(chrome.page("jira", "Issue not found", path, "",
                    "<main class=\"wb-page\"><h1>Issue does not exist</h1><p>The issue you are trying to view does not exist, or you do not have permission to see it.</p></main>"));
            return;
        }
        // As Jira's view issue page: it requires its context; the panel may require more while it renders.
        webResources.beginPage();
        if (panelContextProvider != null) { // the app's modules off (--host-page-only): none of its resources either
            webResources.assembler().resources().requireContext("jira.view.issue");
        }
        StringBuilder body = new StringBuilder("<main class=\"wb-page\" id=\"issue-content\">")
                .append("<div class=\"wb-breadcrumbs\"><a href=\"/projects/").append(esc(demo.projectKey())).append("\">").append(esc(jira.projectName(demo.projectKey()))).append("</a> / ")
                .append("<a id=\"key-val\" href=\"/browse/").append(esc(demo.key())).append("\">").append(esc(demo.key())).append("</a></div>")
                .append("<h1 class=\"wb-issue-title\" id=\"summary-val\">").append(esc(demo.summary())).append("</h1>")
                .append("<div class=\"wb-toolbar\" aria-hidden=\"true\"><span>Edit</span><span>Comment</span><span>Assign</span><span>More</span></div>")
                .append(WorkflowServlet.transitionsBar(jira, issue, transitionErrors))
                .append("<div class=\"wb-issue-layout\"><div>")
                .append("<section class=\"module\"><div class=\"mod-header\"><h4>Details</h4></div><dl class=\"wb-details\">")
                .append("<dt>Type:</dt><dd>").append(esc(demo.type())).append("</dd>")
                .append("<dt>Status:</dt><dd>").append(WorkflowServlet.statusLozenge(issue)).append("</dd>")
                .append(WorkflowServlet.resolvedDetail(issue))
                .append("<dt>Project:</dt><dd>").append(esc(jira.projectName(demo.projectKey()))).append("</dd></dl></section>")
                .append("<section class=\"module\"><div class=\"mod-header\"><h4>Description</h4></div><p>").append(esc(demo.description())).append("</p></section>")
                .append(propertiesModule(issue))
                .append("</div><aside id=\"viewissuesidebar\">")
                .append("<section class=\"module\"><div class=\"mod-header\"><h4>People</h4></div><dl class=\"wb-details\"><dt>Assignee:</dt><dd>Priya Patel</dd><dt>Reporter:</dt><dd>Priya Patel</dd></dl></section>")
                .append(panelContextProvider == null || !panelShown(issue) ? "" : "<section id=\"" + esc(panel.key()) + "-web-panel\" class=\"module\"><div class=\"mod-header\"><h4>"
                        + esc(i18n.getText("empathy.web.panel.label")) + "</h4></div><div class=\"mod-content\">" + renderPanel(issue) + "</div></section>")
                .append("</aside></div></main>");
        response.getWriter().write(chrome.page("jira", "[" + demo.key() + "] " + demo.summary(), path,
                chrome.resources(webResources.endPage(), true), body.toString()));
    }

    /** The issue's entity properties (what /rest/api/2/issue/KEY/properties lists in Jira), so the plugin's summary can be seen. */
    private String propertiesModule(Issue issue) {
        StringBuilder s = new StringBuilder("<section class=\"module\" id=\"issue-properties\"><div class=\"mod-header\"><h4>Issue properties</h4></div>");
        java.util.Map<String, String> all;
        try {
            all = properties.all("IssueProperty", issue.getId());
        } catch (RuntimeException databaseGone) {
            // the properties live in the database: when it cannot be reached, one plain line, and the page goes on
            return s.append("<p class=\"wb-muted\">Can\u2019t be read right now: the database can\u2019t be reached.</p></section>").toString();
        }
        if (all.isEmpty()) {
            s.append("<p class=\"wb-muted\">None</p>");
        } else {
            s.append("<dl class=\"wb-properties\">");
            all.forEach((k, v) -> s.append("<dt>").append(esc(k)).append("</dt><dd><code data-property=\"").append(esc(k)).append("\">")
                    .append(esc(v)).append("</code></dd>"));
            s.append("</dl>");
        }
        return s.append("</section>").toString();
    }

    /** As Jira renders a web panel: the context provider's map, then the panel's Velocity view. */
    private String renderPanel(Issue issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("user", jira.getLoggedInUser());
        try {
            StringWriter out = new StringWriter();
            renderer.render(panel.template(), panelContextProvider.getContextMap(context), out);
            return out.toString();
        } catch (Exception e) {
            log("Error rendering web panel " + panel.key(), e);
            return "<div class=\"aui-message aui-message-error\"><p>Error rendering '" + esc(descriptor.key + ":" + panel.key())
                    + "'. Please contact your Jira administrators.</p><!-- " + esc(e.getMessage()) + " --></div>";
        }
    }

    /** The stored page with this id; a demo page (or one a test added to {@link #PAGES}) is stored first if it is not yet. */
    private ConfluencePages.StoredPage stored(String id) {
        DemoPage demo = PAGES.get(id);
        try {
            java.util.Optional<ConfluencePages.StoredPage> found = pages.find(SPACE, id);
            if (found.isPresent()) {
                return found.get();
            }
            if (demo == null) {
                return null;
            }
            pages.insertIfAbsent(new ConfluencePages.StoredPage(demo.id(), SPACE, demo.title(), demo.storageFormat(), "Priya Patel"));
            return pages.find(SPACE, id).orElse(null);
        } catch (RuntimeException databaseGone) {
            // the page store is in the database: while it cannot be reached, a demo page is still served from its
            // definition (the macro then shows its own notice), any other page is not found
            return demo == null ? null : new ConfluencePages.StoredPage(demo.id(), SPACE, demo.title(), demo.storageFormat(), "Priya Patel");
        }
    }

    private java.util.List<ConfluencePages.StoredPage> spacePages() {
        try {
            return pages.inSpace(SPACE);
        } catch (RuntimeException databaseGone) {
            return java.util.List.of();
        }
    }

    private void confluencePage(String id, String path, HttpServletResponse response) throws IOException {
        ConfluencePages.StoredPage page = stored(id);
        if (page == null) {
            response.setStatus(404);
            response.getWriter().write(chrome.page("confluence", "Page not found", path, "",
                    "<main class=\"wb-conf-page\"><h1>Page not found</h1></main>"));
            return;
        }
        // As Confluence's page view: it requires its context, and a macro requires what its output needs while it renders.
        webResources.beginPage();
        if (macro != null) { // the app's modules off (--host-page-only): none of its resources either
            webResources.assembler().resources().requireContext("viewcontent");
        }
        StringBuilder body = new StringBuilder("<div class=\"wb-conf-layout\"><nav class=\"wb-sidebar\" aria-label=\"Space\"><h2>User Research</h2><ul>");
        for (ConfluencePages.StoredPage p : spacePages()) {
            body.append("<li><a href=\"/wiki/spaces/RES/pages/").append(esc(p.id())).append("\">").append(esc(p.title())).append("</a></li>");
        }
        body.append("</ul><p><a href=\"").append(PageEditorServlet.PATH).append("?spaceKey=RES\">Create a page</a></p></nav><main class=\"wb-conf-page\" id=\"main-content\"><h1 class=\"wb-conf-title\" id=\"title-text\">")
                .append(esc(page.title())).append("</h1><div class=\"wb-byline\">Created by ").append(esc(page.author())).append(" · User Research space</div>")
                .append("<div class=\"wb-export-links\">Export: <a href=\"").append(esc(path)).append("?output=pdf\">PDF</a> · <a href=\"")
                .append(esc(path)).append("?output=word\">Word</a> · <a href=\"").append(esc(path)).append("?output=email\">Email</a></div>")
                .append("<div class=\"wiki-content\">")
                .append(renderBody(page, "display"))
                .append("</div></main></div>");
        response.getWriter().write(chrome.page("confluence", page.title(), path, chrome.resources(webResources.endPage(), true),
                body.toString()));
    }

    /**
     * What Confluence's PDF, Word, HTML, email and feed exports get: the page body rendered with that output type,
     * in a bare document with the plugin's stylesheet and no header, no navigation and no script.
     */
    private void exportPage(String id, String output, HttpServletResponse response) throws IOException {
        ConfluencePages.StoredPage page = stored(id);
        String type = EXPORT_TYPES.get(output.toLowerCase(java.util.Locale.ROOT));
        if (page == null || type == null) {
            response.sendError(404, "No such page or export type; export types: " + String.join(", ", EXPORT_TYPES.keySet()));
            return;
        }
        webResources.beginPage(); // no page context: only what the macro requires while it renders
        String macroHtml = renderBody(page, type);
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(page.title()) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/static/workbench.css\">" + chrome.resources(webResources.endPage(), false)
                + "</head><body class=\"wb-export\" data-output-type=\"" + esc(type) + "\"><main class=\"wb-conf-page\" id=\"main-content\">"
                + "<h1 class=\"wb-conf-title\" id=\"title-text\">" + esc(page.title()) + "</h1>"
                + "<div class=\"wiki-content\">" + macroHtml + "</div></main></body></html>";
        response.getWriter().write(html);
    }

    /** ?output= values and the ConversionContext output type each stands for. */
    static final Map<String, String> EXPORT_TYPES = Map.of(
            "pdf", ConversionContextOutputType.PDF.value(),
            "word", ConversionContextOutputType.WORD.value(),
            "html", ConversionContextOutputType.HTML_EXPORT.value(),
            "email", ConversionContextOutputType.EMAIL.value(),
            "feed", ConversionContextOutputType.FEED.value());

    /**
     * As Confluence renders a page body: the storage format read block by block, text escaped, each macro called
     * with its parameters map, its body and the conversion context, for display or for an export.
     */
    private String renderBody(ConfluencePages.StoredPage page, String outputType) {
        java.util.List<StorageFormat.Block> blocks;
        try {
            blocks = StorageFormat.read(page.body());
        } catch (IllegalArgumentException e) {
            return "<div class=\"aui-message aui-message-error\"><p>" + esc(e.getMessage()) + "</p></div>";
        }
        StringBuilder out = new StringBuilder();
        for (StorageFormat.Block block : blocks) {
            if (block instanceof StorageFormat.Paragraph p) {
                out.append("<p>").append(esc(p.text())).append("</p>");
            } else if (block instanceof StorageFormat.MacroCall call) {
                if (descriptor.macros.stream().noneMatch(m -> m.name().equals(call.name()))) {
                    out.append("<div class=\"aui-message aui-message-error\"><p>Unknown macro: '").append(esc(call.name())).append("'</p></div>");
                } else {
                    out.append(renderMacro(page, call, outputType));
                }
            }
        }
        return out.toString();
    }

    /** As Confluence renders an xhtml-macro in a page body, for display or for an export. */
    private String renderMacro(ConfluencePages.StoredPage page, StorageFormat.MacroCall call, String outputType) {
        if (macro == null) { // --host-page-only: the page body without the app's macro
            return "";
        }
        try {
            return macro.execute(new HashMap<>(call.parameters()), call.body(), new DisplayContext(page, outputType));
        } catch (Exception e) {
            log("Error rendering macro empathy-map", e);
            return "<div class=\"aui-message aui-message-error\"><p>Error rendering macro 'empathy-map' : "
                    + esc(e.getMessage()) + "</p></div>";
        }
    }

    /** Hosts log rendering failures for administrators; so does the workbench (stderr). */
    @Override
    public void log(String message, Throwable t) {
        System.err.println(message + ": " + t);
        t.printStackTrace();
    }

    private static final class DisplayContext implements ConversionContext {
        private final ConfluencePages.StoredPage page;
        private final String outputType;

        DisplayContext(ConfluencePages.StoredPage page, String outputType) {
            this.page = page;
            this.outputType = outputType;
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }

        @Override
        public Object getProperty(String name, Object defaultValue) {
            return defaultValue;
        }

        @Override
        public String getOutputDeviceType() {
            return "desktop";
        }

        @Override
        public String getOutputType() {
            return outputType;
        }

        @Override
        public ContentEntityObject getEntity() {
            return new ContentEntityObject() {
                @Override
                public long getId() {
                    return Math.abs(page.id().hashCode());
                }

                @Override
                public String getTitle() {
                    return page.title();
                }
            };
        }

        @Override
        public String getSpaceKey() {
            return page.spaceKey();
        }

        @Override
        public boolean isDiffOrEmail() {
            return ConversionContextOutputType.EMAIL.value().equals(outputType) || ConversionContextOutputType.DIFF.value().equals(outputType);
        }
    }
}
