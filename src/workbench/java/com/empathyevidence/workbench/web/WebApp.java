package com.empathyevidence.workbench.web;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.Impersonation;
import com.empathyevidence.workbench.host.WorkbenchApplicationLinks;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/** The workbench's URL space: Jira and Confluence pages, sign-in, plugin resources and the plugin's REST API. */
public final class WebApp {

    private WebApp() {
    }

    public static Handler handler(PluginDescriptor descriptor, Directory directory, Impersonation impersonation, DemoJira jira,
                                  TemplateRenderer renderer, I18nResolver i18n, ContextProvider panelProvider, Macro macro,
                                  List<Object> restResources, List<Object> confluenceRestResources, WorkbenchApplicationLinks applicationLinks, ObjectMapper json,
                                  com.empathyevidence.workbench.host.WorkbenchIssueProperties properties,
                                  com.empathyevidence.workbench.host.WorkbenchScheduler scheduler,
                                  com.empathyevidence.workbench.host.PersonalAccessTokens tokens, boolean basicAuth, boolean demoSwitcher,
                                  com.empathyevidence.workbench.host.WorkbenchWebResources webResources,
                                  com.empathyevidence.workbench.host.WorkbenchAccessModes accessModes,
                                  com.empathyevidence.workbench.host.WorkbenchJql jql, com.empathyevidence.workbench.PluginContainer jiraPlugin,
                                  java.util.Map<String, HttpServlet> pluginServlets) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        // The session cookie as the hosts set it: not readable by scripts, not sent on cross-site subrequests and posts.
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addFilter(new FilterHolder(new AuthFilter(directory, impersonation, tokens, basicAuth)), "/*", EnumSet.of(DispatcherType.REQUEST));
        FilterHolder crossSite = new FilterHolder(new CrossSiteCheck());
        for (String path : List.of("/login", "/logout", "/switch-user", "/workbench/*", TokensPage.PATH)) {
            context.addFilter(crossSite, path, EnumSet.of(DispatcherType.REQUEST));
        }

        ResourceConfig rest = new ResourceConfig();
        rest.register(new JacksonJsonProvider(json));
        rest.register(new AccessAnnotationFeature());
        for (Object resource : restResources) {
            rest.register(resource);
        }
        context.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest" + descriptor.restPath + "/" + descriptor.restVersion + "/*");

        // The Confluence side's REST module (the map's actions), with the same access enforcement.
        PluginDescriptor.RestModule confluenceModule = descriptor.restModule("confluence");
        ResourceConfig confluenceRest = new ResourceConfig();
        confluenceRest.register(new JacksonJsonProvider(json));
        confluenceRest.register(new AccessAnnotationFeature());
        for (Object resource : confluenceRestResources) {
            confluenceRest.register(resource);
        }
        context.addServlet(new ServletHolder(new ServletContainer(confluenceRest)),
                "/rest" + confluenceModule.path() + "/" + confluenceModule.version() + "/*");

        Chrome chrome = new Chrome(directory, descriptor.key, demoSwitcher);
        chrome.showReadOnlyBanner(product -> accessModes.readOnly(com.empathyevidence.workbench.host.WorkbenchAccessModes.product(product)));
        // The plugin's servlet modules (Jira), under /plugins/servlet, and its web-items in Jira's top navigation bar.
        for (PluginDescriptor.WebItem item : descriptor.webItemsIn("system.top.navigation.bar")) {
            chrome.addJiraNavItem(i18n.getText(item.labelKey()), item.link(), item.linkId());
        }
        for (java.util.Map.Entry<String, HttpServlet> servlet : pluginServlets.entrySet()) {
            context.addServlet(new ServletHolder(new PluginServlets(servlet.getValue(), chrome, webResources)), "/plugins/servlet" + servlet.getKey());
        }
        ServletHolder pat = new ServletHolder(new PersonalAccessTokenServlet(tokens, json));
        context.addServlet(pat, "/rest/pat/latest/tokens/*");
        context.addServlet(pat, "/rest/pat/1.0/tokens/*");
        context.addServlet(new ServletHolder(new TokensPage(tokens, chrome)), TokensPage.PATH);
        ServletHolder login = new ServletHolder(new LoginServlet(directory, chrome, demoSwitcher));
        context.addServlet(login, "/login");
        context.addServlet(login, "/logout");
        context.addServlet(login, "/switch-user");
        ServletHolder download = new ServletHolder(new DownloadServlet(descriptor));
        context.addServlet(download, "/download/resources/*");
        context.addServlet(download, "/static/*");
        context.addServlet(new ServletHolder(new JiraLinkControl(applicationLinks)), "/workbench/jira-link");
        context.addServlet(new ServletHolder(new RunJobs(scheduler)), "/workbench/run-jobs");
        context.addServlet(new ServletHolder(new ClockControl((com.empathyevidence.workbench.host.WorkbenchToday)
                jiraPlugin.component(com.empathyevidence.app.Today.class))), "/workbench/clock");
        // phasein (issue 16): the mail Jira would have sent, for administrators (the digest's tests read it)
        context.addServlet(new ServletHolder(new OutboxServlet(new com.empathyevidence.workbench.host.WorkbenchOutbox(properties.connections()), chrome, json)),
                OutboxServlet.PATH);
        context.addServlet(new ServletHolder(new ReadOnlyPage(accessModes, chrome, json)), ReadOnlyPage.PATH);

        // Jira's issue search (the navigator page and REST), over the indexed issue properties.
        ServletHolder search = new ServletHolder(new IssueSearchServlet(jql, jira, chrome, json));
        context.addServlet(search, "/issues/*");
        context.addServlet(search, "/rest/api/2/search");
        // Jira's project-centric pages: the project sidebar and the web panels at the selected item's location.
        context.addServlet(new ServletHolder(new ProjectPagesServlet(descriptor, jiraPlugin, jira, renderer, i18n, chrome, webResources)), "/projects/*");
        // Confluence's pages in storage format, page authoring with the macro browser, and Jira's project list (which
        // the macro editor asks for over the Application Link).
        com.empathyevidence.workbench.confluence.ConfluencePages confluencePages = new com.empathyevidence.workbench.confluence.ConfluencePages(properties.connections());
        context.addFilter(crossSite, PageEditorServlet.PATH, EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new PageEditorServlet(descriptor, i18n, chrome, webResources, confluencePages, macro != null)), PageEditorServlet.PATH);
        context.addServlet(new ServletHolder(new JiraProjectsServlet(jira, json)), "/rest/api/2/project");
        // validation (issue 17): Jira's create issue REST (the map's validation tasks come through it, as the viewer)
        context.addServlet(new ServletHolder(new JiraCreateIssueServlet(jira, json)), JiraCreateIssueServlet.PATH);
        PagesServlet pages = new PagesServlet(confluencePages, descriptor, jira, renderer, i18n, panelProvider, macro, chrome, properties, webResources, jiraPlugin);
        if (jira.workflow() != null) {
            WorkflowServlet.install(context, jira, chrome, pages, i18n, crossSite); // workflow: transitions, Jira's transitions REST, admin pages
        }
        context.addServlet(new ServletHolder(pages), "/");
        return context;
    }

    /** Lets an administrator run every scheduled job now (the workbench's scheduler has no timer): "a day has passed". */
    static final class RunJobs extends HttpServlet {
        private final com.empathyevidence.workbench.host.WorkbenchScheduler scheduler;

        RunJobs(com.empathyevidence.workbench.host.WorkbenchScheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (CurrentUser.get().map(u -> !u.admin()).orElse(true)) {
                response.sendError(403, "Only administrators can run scheduled jobs.");
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            if (scheduler.clustered()) {
                java.util.List<com.atlassian.scheduler.config.JobId> due;
                try {
                    due = scheduler.makeDue();
                } catch (RuntimeException | Error e) {
                    // printed in the node's output, which the cluster tests quote when a node answers other than 200
                    java.util.logging.Logger.getLogger(RunJobs.class.getName()).log(java.util.logging.Level.WARNING, "Could not make the jobs due", e);
                    throw e;
                }
                for (com.atlassian.scheduler.config.JobId id : due) {
                    response.getWriter().write(id + ": due now; runs on the node that holds it\n");
                }
                return;
            }
            // The node's first runs (on the scheduler's own thread since the start) end first: "run the jobs now" then
            // means after them, and a test that asks knows no first run is still to come under what it does next.
            try {
                scheduler.awaitStartRuns();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.sendError(503, "Interrupted while the jobs' first runs were ending.");
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // a first run that failed was logged by the scheduler; run the jobs anyway
            }
            for (com.atlassian.scheduler.config.JobId id : scheduler.jobs().keySet()) {
                com.atlassian.scheduler.JobRunnerResponse r = scheduler.runNow(id);
                response.getWriter().write(id + ": " + (r == null ? "no runner" : r.getRunOutcome() + " " + r.getMessage()) + "\n");
            }
        }
    }

    /** Lets an administrator take the Confluence side's link to Jira down and up again, to see the macro's fallback. */
    static final class JiraLinkControl extends HttpServlet {
        private final WorkbenchApplicationLinks links;

        JiraLinkControl(WorkbenchApplicationLinks links) {
            this.links = links;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (CurrentUser.get().map(u -> !u.admin()).orElse(true)) {
                response.sendError(403, "Only administrators can change the workbench's Jira link.");
                return;
            }
            links.setJiraReachable(!"false".equals(request.getParameter("reachable")));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Jira reachable from Confluence: " + links.isJiraReachable());
        }
    }

    /**
     * Lets an administrator set the server's "today" ({@code POST /workbench/clock} with {@code today=YYYY-MM-DD};
     * an empty {@code today} goes back to the machine's date) and read it ({@code GET}): the app's date rules follow
     * at once (freshness, the digest's week), so tests move time without waiting.
     */
    static final class ClockControl extends HttpServlet {
        private final com.empathyevidence.workbench.host.WorkbenchToday today;

        ClockControl(com.empathyevidence.workbench.host.WorkbenchToday today) {
            this.today = today;
        }

        private boolean refused(HttpServletResponse response) throws IOException {
            if (CurrentUser.get().map(u -> !u.admin()).orElse(true)) {
                response.sendError(403, "Only administrators can set the workbench's clock.");
                return true;
            }
            return false;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!refused(response)) {
                answer(response);
            }
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (refused(response)) {
                return;
            }
            String day = request.getParameter("today");
            if (day == null) {
                response.sendError(400, "Say which day: today=YYYY-MM-DD, or an empty today= for the machine's date.");
                return;
            }
            if (day.isBlank()) {
                today.set(null);
            } else {
                java.util.Optional<java.time.LocalDate> parsed = com.empathyevidence.workbench.host.WorkbenchToday.parse(day);
                if (parsed.isEmpty()) {
                    response.sendError(400, "Cannot set the clock to " + day.strip() + ": give the day as YYYY-MM-DD, e.g. 2027-01-15.");
                    return;
                }
                today.set(parsed.get());
            }
            answer(response);
        }

        private void answer(HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Today is " + today.get() + (today.setDay().isPresent() ? " (set)" : " (the machine's date)") + "\n");
        }
    }
}
