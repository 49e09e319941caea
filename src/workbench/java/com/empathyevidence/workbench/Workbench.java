package com.empathyevidence.workbench;

import java.nio.file.Path;

/**
 * {@code ./workbench} runs this: the workbench on http://localhost:2990 with its data in ./workbench-data.
 * Options: {@code --port N}, {@code --data DIR}, {@code --database postgresql://user:password@host:port/db} (instead of
 * the embedded H2 in {@code --data}), {@code --node-id ID} (a cluster node: several on one database), {@code --host ADDRESS} (default 127.0.0.1: this machine only),
 * {@code --no-basic-auth} (refuse HTTP Basic as Jira 11 ships), {@code --no-demo-switcher} (also off whenever the
 * host is not a loopback address), {@code --today YYYY-MM-DD} (the server's clock starts on that day). Ctrl-C stops it; the next start keeps the data.
 */
public final class Workbench {

    /** Held so the level sticks: Jersey's start-up chatter is not for the person running the workbench. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private Workbench() {
    }

    static final String USAGE = "Options: --port N, --data DIR, --database postgresql://user:password@host:port/database,"
            + " --node-id ID, --host ADDRESS (default 127.0.0.1), --no-basic-auth, --no-demo-switcher, --host-page-only, --today YYYY-MM-DD";

    /** The command line as read: where the data lives and the server's configuration. */
    public record Options(Path data, WorkbenchServer.Config config, boolean hostPageOnly, String today) {
        public Options(Path data, WorkbenchServer.Config config) {
            this(data, config, false, null);
        }

        public Options(Path data, WorkbenchServer.Config config, boolean hostPageOnly) {
            this(data, config, hostPageOnly, null);
        }
    }

    /** Reads the command line; an unknown option or a missing value is an {@link IllegalArgumentException}. */
    public static Options options(String... args) {
        int port = 2990;
        Path data = Path.of("workbench-data");
        String host = "127.0.0.1";
        boolean basicAuth = true;
        boolean demoSwitcher = true;
        String database = null;
        String nodeId = null;
        boolean hostPageOnly = false;
        String today = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, option));
                case "--data" -> data = Path.of(value(args, ++i, option));
                case "--host" -> host = value(args, ++i, option);
                case "--database" -> database = value(args, ++i, option);
                case "--node-id" -> nodeId = value(args, ++i, option);
                case "--no-basic-auth" -> basicAuth = false;
                case "--no-demo-switcher" -> demoSwitcher = false;
                case "--host-page-only" -> hostPageOnly = true;
                case "--today" -> {
                    String day = value(args, ++i, option);
                    if (com.empathyevidence.workbench.host.WorkbenchToday.parse(day).isEmpty()) {
                        throw new IllegalArgumentException("Cannot use --today " + day + ": give the day as YYYY-MM-DD, e.g. 2027-01-15. " + USAGE);
                    }
                    today = day.strip();
                }
                default -> throw new IllegalArgumentException("Unknown option " + option + ". " + USAGE);
            }
        }
        if (nodeId != null && !nodeId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("Cannot use --node-id " + nodeId + ": use 1 to 32 letters, digits, - or _. " + USAGE);
        }
        if (nodeId != null && database == null) {
            throw new IllegalArgumentException("--node-id needs --database: the nodes of a cluster share one PostgreSQL database. " + USAGE);
        }
        if (database != null && nodeId == null) {
            nodeId = "node-" + ProcessHandle.current().pid(); // on PostgreSQL every workbench is a Data Center node
        }
        WorkbenchServer.Config config = database == null ? WorkbenchServer.Config.h2(data, port) : WorkbenchServer.Config.postgres(database, port);
        return new Options(data, config.withHost(host).withBasicAuth(basicAuth).withDemoSwitcher(demoSwitcher).withNodeId(nodeId), hostPageOnly, today);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return args[i];
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path data = options.data();
        if (options.today() != null) {
            // the server's clock starts on that day (host/WorkbenchToday reads it when the plugin is wired)
            System.setProperty(com.empathyevidence.workbench.host.WorkbenchToday.PROPERTY, options.today());
        }
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        boolean embedded = !options.config().jdbcUrl().startsWith("jdbc:postgresql:");
        String unusable = embedded ? DataDirectory.prepare(data) : null;
        if (unusable != null) {
            System.err.println(unusable);
            System.exit(2);
        }
        Path dataDir = data;
        WorkbenchServer workbench = WorkbenchServer.start(options.config(), options.hostPageOnly());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                workbench.close();
                System.out.println("Workbench stopped. Data kept in " + (embedded ? dataDir.toAbsolutePath().normalize() : "the database"));
            } catch (Exception e) {
                System.err.println("Workbench did not stop cleanly: " + e.getMessage());
            }
        }));
        String base = workbench.baseUrl().toString();
        System.out.println();
        WorkbenchServer.Config started = options.config();
        System.out.println("Empathy Evidence workbench is running (" + (started.jdbcUrl().startsWith("jdbc:postgresql:")
                ? "database " + started.jdbcUrl().substring("jdbc:".length()) : "data in " + data.toAbsolutePath())
                + (started.nodeId() == null ? "" : ", cluster node " + started.nodeId()) + ")");
        System.out.println("  Jira issue with the evidence panel:  " + base + "browse/DEMO-1");
        System.out.println("  Confluence page with the map macro:  " + base + "wiki/spaces/RES/pages/accountant-map");
        System.out.println("  REST:                                " + base + "rest/empathy/1.0/issues/DEMO-1/evidence");
        System.out.println("  Sign in as admin/admin, pm/pm or viewer/viewer (viewer cannot see project BILL).");
        System.out.println("  Personal access tokens (REST: Authorization: Bearer <token>): " + base + "secure/ViewPersonalAccessTokens.jspa");
        WorkbenchServer.Config config = options.config();
        System.out.println("  Listening on " + config.host() + "; HTTP Basic " + (config.basicAuth() ? "on" : "off (as Jira 11 ships)")
                + "; demo user switcher " + (config.demoSwitcherOn() ? "on" : "off") + ".");
        if (options.hostPageOnly()) {
            System.out.println("  Host pages only (--host-page-only): no evidence panel, no empathy-map macro; the app's REST API is on.");
        }
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }
}
