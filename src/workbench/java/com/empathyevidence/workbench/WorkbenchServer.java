package com.empathyevidence.workbench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.app.Today;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.workbench.host.DemoJira;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.Impersonation;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import com.empathyevidence.workbench.host.WorkbenchApplicationLinks;
import com.empathyevidence.workbench.host.WorkbenchCacheManager;
import com.empathyevidence.workbench.host.WorkbenchI18n;
import com.empathyevidence.workbench.host.WorkbenchTemplateRenderer;
import com.empathyevidence.workbench.host.WorkbenchUsers;
import com.empathyevidence.workbench.web.WebApp;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The workbench: one process playing Jira and Confluence around the real plugin. The plugin's components are wired
 * twice, once per product, from the index files in its jar; Confluence reaches Jira over real HTTP.
 */
public final class WorkbenchServer implements AutoCloseable {

    /**
     * Where the workbench keeps its data and where it listens, and how it signs people in: {@code basicAuth} false
     * refuses HTTP Basic as Jira 11 ships (personal access tokens and sessions still work); {@code demoSwitcher} false
     * removes the one-click demo user switcher, which is also off whenever {@code host} is not a loopback address.
     */
    public record Config(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String dbSchema, boolean seedDemoData,
                         boolean basicAuth, boolean demoSwitcher, String nodeId) {
        public Config(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String dbSchema, boolean seedDemoData,
                      boolean basicAuth, boolean demoSwitcher) {
            this(host, port, jdbcUrl, dbUser, dbPassword, dbSchema, seedDemoData, basicAuth, demoSwitcher, null);
        }

        /** Parsed statements H2 keeps per connection (pgjdbc's default {@code preparedStatementCacheQueries}). */
        static final int H2_STATEMENT_CACHE = 256;

        /** Basic on, demo switcher on (while on loopback): the defaults. */
        public Config(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String dbSchema, boolean seedDemoData) {
            this(host, port, jdbcUrl, dbUser, dbPassword, dbSchema, seedDemoData, true, true);
        }

        /**
         * The workbench on its embedded H2 file. H2 keeps only 8 parsed statements per connection by default, fewer
         * than one panel view runs, so every view parsed and planned its statements again; the databases Jira and
         * Confluence run on keep their plans (PostgreSQL's JDBC driver caches 256 statements per connection), and so
         * does the workbench now ({@value #H2_STATEMENT_CACHE}). But H2 also hands back a statement's last result, unread,
         * when the same statement runs again with the same parameters and nothing was written in between (a repeat view
         * right after a first view, or one page asked for in a loop, cost a fifteenth of a real run): no database Jira
         * or Confluence runs on does that, so the workbench turns it off ({@code OPTIMIZE_REUSE_RESULTS=FALSE}).
         */
        public static Config h2(java.nio.file.Path dataDir, int port) {
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("empathy") + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1"
                    + ";QUERY_CACHE_SIZE=" + H2_STATEMENT_CACHE + ";OPTIMIZE_REUSE_RESULTS=FALSE";
            return new Config("127.0.0.1", port, url, "sa", "", "PUBLIC", true);
        }

        /**
         * The workbench on a PostgreSQL database, given as {@code postgresql://user:password@host:port/database}
         * (user and password percent-encoded where needed; the port defaults to 5432). Tables go into the schema
         * {@code public}, as Jira's {@code dbconfig.xml} names it.
         */
        public static Config postgres(String database, int port) {
            URI uri;
            try {
                uri = new URI(database);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(badDatabase(database));
            }
            String path = uri.getPath();
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
                throw new IllegalArgumentException(badDatabase(database));
            }
            String user = "";
            String password = "";
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8);
                password = parts.length > 1 ? java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8) : "";
            }
            String url = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new Config("127.0.0.1", port, url, user, password, "public", true);
        }

        private static String badDatabase(String given) {
            return "Cannot use --database " + given + ": give it as postgresql://user:password@host:port/database"
                    + " (leave --database out for the embedded H2 database in --data).";
        }

        public Config withNodeId(String id) {
            return new Config(host, port, jdbcUrl, dbUser, dbPassword, dbSchema, seedDemoData, basicAuth, demoSwitcher, id);
        }

        public Config withHost(String newHost) {
            return new Config(newHost, port, jdbcUrl, dbUser, dbPassword, dbSchema, seedDemoData, basicAuth, demoSwitcher, nodeId);
        }

        public Config withBasicAuth(boolean on) {
            return new Config(host, port, jdbcUrl, dbUser, dbPassword, dbSchema, seedDemoData, on, demoSwitcher, nodeId);
        }

        public Config withDemoSwitcher(boolean on) {
            return new Config(host, port, jdbcUrl, dbUser, dbPassword, dbSchema, seedDemoData, basicAuth, on, nodeId);
        }

        /** Whether the demo user switcher is shown: asked for, and listening on loopback only. */
        public boolean demoSwitcherOn() {
            return demoSwitcher && loopback(host);
        }

        static boolean loopback(String host) {
            try {
                return java.net.InetAddress.getByName(host).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
    }

    private final Server server;
    private final EntityManager entityManager;
    private final WorkbenchApplicationLinks applicationLinks;
    private final WorkbenchTemplateRenderer templates;
    private final WorkbenchCacheManager cacheManager;
    private final PluginContainer jiraPlugin;
    private final com.empathyevidence.workbench.host.WorkbenchIndexing indexing = new com.empathyevidence.workbench.host.WorkbenchIndexing();
    private final URI baseUrl;
    private final com.empathyevidence.workbench.host.WorkbenchIssueProperties issueProperties;
    private com.empathyevidence.workbench.host.WorkbenchWorkflow workflow;
    private final com.empathyevidence.workbench.host.WorkbenchScheduler scheduler;
    private final com.empathyevidence.workbench.host.PersonalAccessTokens tokens;
    private final Config config;
    private final com.empathyevidence.workbench.host.HostSettings settings;
    private final com.empathyevidence.workbench.host.ClusterBus bus;

    private WorkbenchServer(Config config, boolean hostPageOnly, java.util.function.Consumer<com.atlassian.scheduler.config.JobId> beforeScheduledRun)
            throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.load();
        Directory directory = new Directory();
        Impersonation impersonation = new Impersonation();
        server = new Server();
        // Error pages as the hosts answer (JSON under /rest, a plain page elsewhere; no stack, no server version).
        org.eclipse.jetty.server.HttpConfiguration http = new org.eclipse.jetty.server.HttpConfiguration();
        http.setUriCompliance(HostErrorPages.COMPLIANCE);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, HostErrorPages.connections(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        connector.open(); // binds the port now, so the application links know it; requests are served once all is ready
        boolean anyAddress = config.host() == null || config.host().isEmpty() || "0.0.0.0".equals(config.host()) || "::".equals(config.host());
        baseUrl = URI.create("http://" + ("127.0.0.1".equals(config.host()) || anyAddress ? "localhost" : config.host()) + ":" + connector.getLocalPort() + "/");

        entityManager = AoDatabase.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), config.dbSchema(), descriptor.aoNamespace);
        WorkbenchActiveObjects ao = new WorkbenchActiveObjects(entityManager);
        // Nodes starting together on one database take turns for the schema and the demo data, as the hosts guard
        // Active Objects upgrades with a cluster lock (here a PostgreSQL advisory lock, held until start-up is done).
        java.sql.Connection startLock = entityManager.getProvider().getConnection();
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            try (java.sql.Statement s = startLock.createStatement()) {
                // Asked again until granted rather than waited for in one statement: the node ahead may take minutes
                // (a large database), longer than the pool's statement and socket timeouts (15 s, 20 s) allow a statement.
                while (true) {
                    try (java.sql.ResultSet granted = s.executeQuery("SELECT pg_try_advisory_lock(7206100915)")) {
                        if (granted.next() && granted.getBoolean(1)) {
                            break;
                        }
                    }
                    Thread.sleep(200);
                }
            }
        }
        ao.migrate(entities(descriptor));
        com.empathyevidence.workbench.host.PersonalAccessTokens.Connections connections = entityManager.getProvider()::getConnection;
        tokens = new com.empathyevidence.workbench.host.PersonalAccessTokens(connections, java.time.Clock.systemUTC());
        settings = new com.empathyevidence.workbench.host.HostSettings(connections);
        this.config = config;

        I18nResolver i18n = new WorkbenchI18n(descriptor.i18nLocation);
        templates = new WorkbenchTemplateRenderer(descriptor.velocityAllowlist);
        TemplateRenderer renderer = templates;
        UserManager users = new WorkbenchUsers(directory);
        DemoJira jira = new DemoJira(directory);
        jira.generateProjects(System.getProperty(DemoJira.GENERATED_PROJECTS)); // benchmarks and load only (README)
        // The hosts' read-only modes, in the workbench's database: Confluence's through its AccessModeService, Jira's in
        // its permission check (as Jira enforces it).
        com.empathyevidence.workbench.host.WorkbenchAccessModes accessModes =
                new com.empathyevidence.workbench.host.WorkbenchAccessModes(entityManager.getProvider()::getConnection);
        jira.playReadOnlyMode(() -> accessModes.readOnly(com.empathyevidence.workbench.host.WorkbenchAccessModes.Product.JIRA));
        jira.playCreatedIssues(new com.empathyevidence.workbench.host.WorkbenchCreatedIssues(connections)); // validation (issue 17)
        issueProperties = new com.empathyevidence.workbench.host.WorkbenchIssueProperties(connections);
        if (config.nodeId() != null) {
            // A cluster node: caches and the scheduler meet the other nodes in the database (see ClusterBus).
            bus = new com.empathyevidence.workbench.host.ClusterBus(connections, config.nodeId(), Long.getLong("workbench.cluster.pollMillis", 500));
            scheduler = new com.empathyevidence.workbench.host.WorkbenchScheduler(connections, config.nodeId(), Long.getLong("workbench.cluster.leaseMillis", 10_000));
            bus.addTick(scheduler::tick);
            cacheManager = new WorkbenchCacheManager(bus);
        } else {
            bus = null;
            scheduler = new com.empathyevidence.workbench.host.WorkbenchScheduler();
            cacheManager = new WorkbenchCacheManager();
        }
        applicationLinks = new WorkbenchApplicationLinks(baseUrl, impersonation, settings);

        Map<Class<?>, Object> shared = new HashMap<>();
        shared.put(I18nResolver.class, i18n);
        shared.put(TemplateRenderer.class, renderer);
        shared.put(UserManager.class, users);
        Map<Class<?>, Object> jiraServices = new HashMap<>(shared);
        jiraServices.put(ActiveObjects.class, ao);
        jiraServices.put(JiraAuthenticationContext.class, jira);
        jiraServices.put(PermissionManager.class, jira);
        jiraServices.put(IssueManager.class, jira);
        jiraServices.put(ProjectManager.class, jira);
        jiraServices.put(com.atlassian.jira.entity.property.JsonEntityPropertyManager.class, issueProperties);
        jiraServices.put(com.atlassian.jira.issue.index.IssueIndexingService.class, indexing);
        jiraServices.put(com.atlassian.scheduler.SchedulerService.class, scheduler);
        // phasein (issue 16): Jira's mail queue (the workbench's outbox), its user manager and its base URL
        jiraServices.put(com.atlassian.mail.queue.MailQueue.class, new com.empathyevidence.workbench.host.WorkbenchOutbox(connections));
        jiraServices.put(com.atlassian.jira.user.util.UserManager.class, jira);
        String base = baseUrl.toString().replaceAll("/$", "");
        jiraServices.put(com.atlassian.sal.api.ApplicationProperties.class, (com.atlassian.sal.api.ApplicationProperties) mode -> base);
        // Jira's issue search (the navigator and SearchService) over the indexed issue properties; the page builder for
        // web resources a Jira page's panel requires while it renders.
        com.empathyevidence.workbench.host.WorkbenchJql jql = new com.empathyevidence.workbench.host.WorkbenchJql(jira,
                new com.empathyevidence.workbench.host.WorkbenchIssueIndex(issueProperties, descriptor.indexedProperties.keySet()),
                descriptor.indexedProperties);
        jiraServices.put(com.atlassian.jira.bc.issue.search.SearchService.class, new com.empathyevidence.workbench.host.WorkbenchSearchService(jql, jira));
        com.empathyevidence.workbench.host.WorkbenchWebResources webResources = new com.empathyevidence.workbench.host.WorkbenchWebResources(descriptor);
        jiraServices.put(com.atlassian.webresource.api.assembler.PageBuilderService.class, webResources);
        Map<Class<?>, Object> confluenceServices = new HashMap<>(shared);
        confluenceServices.put(ApplicationLinkService.class, applicationLinks);
        confluenceServices.put(com.atlassian.confluence.api.service.accessmode.AccessModeService.class, accessModes);
        confluenceServices.put(com.atlassian.cache.CacheManager.class, cacheManager);
        confluenceServices.put(com.atlassian.sal.api.message.LocaleResolver.class, new com.empathyevidence.workbench.host.WorkbenchLocales());
        confluenceServices.put(com.atlassian.webresource.api.assembler.PageBuilderService.class, webResources);
        jiraServices.put(com.atlassian.webresource.api.assembler.PageBuilderService.class, webResources);

        // the server's clock, which the workbench can set (POST /workbench/clock, --today): one for both products
        Map<Class<?>, Object> clock = Map.of(Today.class, new com.empathyevidence.workbench.host.WorkbenchToday());
        jiraPlugin = new PluginContainer("jira", jiraServices, clock);
        PluginContainer confluencePlugin = new PluginContainer("confluence", confluenceServices, clock);

        if (config.seedDemoData()) {
            EvidenceStore store = jiraPlugin.component(com.empathyevidence.storage.AoEvidenceStore.class);
            // The demo-data marker is in the database, as a host's setup state is: of several nodes starting on one
            // database, only the first seeds.
            if (settings.claim("workbench.demo-data.seeded", java.time.Instant.now().toString()) && store.isEmpty()) {
                new DemoData(store, jiraPlugin.component(Today.class).get()).seed();
            }
        }

        if (!hostPageOnly) {
            // Jira's workflow with the plugin's workflow modules (statuses, transitions, conditions, validators; in the database)
            workflow = new com.empathyevidence.workbench.host.WorkbenchWorkflow(connections, jira, descriptor, jiraPlugin, renderer);
            jira.playWorkflow(workflow);
        }

        // Start-up is done (schema, host tables, demo data): the next node may go on. A start that fails ends the process,
        // and with it the session that holds the lock.
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            try (java.sql.Statement s = startLock.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(7206100915)"); // the connection goes back to a pool: unlock explicitly
                s.execute("RESET statement_timeout");
            }
        }
        startLock.close();

        // The plugin is enabled: SAL starts its LifecycleAware services (the daily job registers and schedules itself).
        // The jobs' first runs come once the node serves (below), on the scheduler's thread.
        scheduler.beforeEachRun(beforeScheduledRun);
        jiraPlugin.start();

        ContextProvider panelProvider = (ContextProvider) jiraPlugin.instantiate(
                Class.forName(descriptor.webPanelAt("atl.jira.view.issue.right.context").contextProvider()));
        panelProvider.init(Map.of());
        Macro macro = (Macro) confluencePlugin.instantiate(Class.forName(descriptor.macro("empathy-map").className()));
        List<Object> resources = new ArrayList<>();
        for (Class<?> type : RestResources.find(descriptor.restPackage)) {
            resources.add(jiraPlugin.instantiate(type));
        }
        // Confluence's REST module (the map's actions), its resources built by the Confluence side's components.
        List<Object> confluenceResources = new ArrayList<>();
        for (Class<?> type : RestResources.find(descriptor.restModule("confluence").pkg())) {
            confluenceResources.add(confluencePlugin.instantiate(type));
        }
        // Jira's servlet modules, built with the plugin's Jira components, one instance per module (as the host does).
        Map<String, jakarta.servlet.http.HttpServlet> pluginServlets = new java.util.LinkedHashMap<>();
        for (PluginDescriptor.ServletModule module : descriptor.servlets) {
            if (module.applications().isEmpty() || module.applications().contains("jira")) {
                jakarta.servlet.http.HttpServlet servlet = (jakarta.servlet.http.HttpServlet) jiraPlugin.instantiate(Class.forName(module.className()));
                for (String pattern : module.urlPatterns()) {
                    pluginServlets.put(pattern, servlet);
                }
            }
        }
        org.eclipse.jetty.server.Handler app = WebApp.handler(descriptor, directory, impersonation, jira, renderer, i18n,
                hostPageOnly ? null : panelProvider, hostPageOnly ? null : macro, resources, confluenceResources, applicationLinks, new ObjectMapper(), issueProperties, scheduler,
                tokens, config.basicAuth(), config.demoSwitcherOn(), webResources, accessModes, jql, jiraPlugin, pluginServlets);
        HostErrorPages errors = new HostErrorPages(i18n);
        server.setErrorHandler(errors);
        if (app instanceof org.eclipse.jetty.server.handler.ContextHandler context) {
            context.setErrorHandler(errors);
        }
        server.setHandler(HostErrorPages.rejectMalformed(app));
        server.start();
        // Up: the scheduler's first run of each job (interval schedules without a first run time start at once), on its
        // own thread, as Caesium runs jobs; on a cluster the jobs run from the cluster poll instead, on the node that
        // holds them. Either way the start never waits for a job (a job over a million links takes minutes).
        if (bus != null) {
            bus.start();
        } else {
            scheduler.startRuns();
        }
    }

    public static WorkbenchServer start(Config config) throws Exception {
        return new WorkbenchServer(config, false, null);
    }

    /**
     * {@code hostPageOnly}: the issue and Confluence pages are served without the app's web panel and macro (the host
     * page alone, as with the app's modules disabled), the baseline of the load test (docs/load.md); REST stays.
     */
    public static WorkbenchServer start(Config config, boolean hostPageOnly) throws Exception {
        return new WorkbenchServer(config, hostPageOnly, null);
    }

    /** As {@link #start(Config)}, calling {@code beforeScheduledRun} on the scheduler's thread before each job run (tests). */
    public static WorkbenchServer start(Config config, java.util.function.Consumer<com.atlassian.scheduler.config.JobId> beforeScheduledRun)
            throws Exception {
        return new WorkbenchServer(config, false, beforeScheduledRun);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) throws ClassNotFoundException {
        List<Class<? extends RawEntity<?>>> classes = new ArrayList<>();
        for (String name : descriptor.aoEntities) {
            classes.add((Class<? extends RawEntity<?>>) Class.forName(name));
        }
        return classes.toArray(new Class[0]);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public WorkbenchApplicationLinks applicationLinks() {
        return applicationLinks;
    }

    /** The hosts' template renderer, which counts its renders per template (for tests of what a view renders). */
    public WorkbenchTemplateRenderer templates() {
        return templates;
    }

    /** Jira's workflow as the workbench plays it (null with the app's modules off). */
    public com.empathyevidence.workbench.host.WorkbenchWorkflow workflow() {
        return workflow;
    }

    public com.empathyevidence.workbench.host.WorkbenchIndexing indexing() {
        return indexing;
    }

    /** The Confluence side's Atlassian Cache. */
    public WorkbenchCacheManager cacheManager() {
        return cacheManager;
    }

    public PluginContainer jiraPlugin() {
        return jiraPlugin;
    }

    public com.empathyevidence.workbench.host.WorkbenchScheduler scheduler() {
        return scheduler;
    }

    /** The Jira side's personal access tokens (kept in the workbench's database). */
    public com.empathyevidence.workbench.host.PersonalAccessTokens personalAccessTokens() {
        return tokens;
    }

    /** The database provider of the Jira side's Active Objects (tests listen to its SQL). */
    public net.java.ao.DatabaseProvider databaseProvider() {
        return entityManager.getProvider();
    }

    public Config config() {
        return config;
    }

    public com.empathyevidence.workbench.host.WorkbenchIssueProperties issueProperties() {
        return issueProperties;
    }

    @Override
    public void close() throws Exception {
        try {
            scheduler.stop();
            if (bus != null) {
                bus.close();
            }
            jiraPlugin.stop();
            server.stop();
        } finally {
            entityManager.getProvider().dispose();
        }
    }
}
