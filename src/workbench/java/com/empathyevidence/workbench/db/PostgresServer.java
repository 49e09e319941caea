package com.empathyevidence.workbench.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private, throwaway PostgreSQL cluster for tests: one per JVM ({@link #shared()}), started on first use, stopped
 * and deleted by a shutdown hook.
 *
 * <p>It runs Debian's server binaries ({@code /usr/lib/postgresql/<highest version>/bin}, or the directory in the
 * system property {@code postgres.bin}) on 127.0.0.1 and a free port, with its unix socket and data directory in a
 * fresh temp directory, so it never meets the package's own cluster (port 5432, {@code /var/run/postgresql}). As root
 * (CI), where initdb refuses to run, the binaries run as the {@code postgres} OS user through {@code runuser}.
 * Durability is switched off (fsync, synchronous_commit, full_page_writes) for speed.
 *
 * <p>Connections over TCP need a password (scram-sha-256): the superuser {@code postgres} for administration, and a
 * plain owner-of-its-databases user ({@link #user()}, {@link #password()}) for the code under test, as Jira's own
 * database user would be. A missing server fails loudly and says what to install.
 */
public final class PostgresServer {

    public static final String INSTALL_HINT = "apt-get install -y postgresql";

    private static final String ROOT_DIR = "/usr/lib/postgresql";
    private static final String OS_USER = "postgres";
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "postgres-admin";
    private static final String APP_USER = "empathy";
    private static final String APP_PASSWORD = "empathy";
    private static final String APP_DATABASE = "empathy";
    private static final long STEP_TIMEOUT_SECONDS = 60;

    private static PostgresServer shared;

    private final Path bin;
    private final boolean asOsUser;
    private final Path dir;
    private final Path data;
    private final Path log;
    private final AtomicInteger databases = new AtomicInteger();
    private final String version;
    private volatile int port;
    private volatile boolean running;
    private long startupMillis;

    /** The server of this JVM, started on first call (initdb + start: about a second or two). */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            PostgresServer server = new PostgresServer();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-server-stop"));
            server.start();
            shared = server;
        }
        return shared;
    }

    /**
     * A server of its own (not {@link #shared()}), for a test that stops and starts it while code runs on it; stopped
     * and deleted by a shutdown hook like the shared one.
     */
    public static PostgresServer own() {
        PostgresServer server = new PostgresServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-server-stop"));
        server.start();
        return server;
    }

    /** {@code pg_ctl stop -m fast}: the server ends every connection and stops; its data stays. */
    public synchronized void stopServer() {
        try {
            run("pg_ctl stop", List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
            running = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server stopped by {@link #stopServer()} again, on the same port and data. */
    public synchronized void startServer() {
        try {
            run("pg_ctl start", List.of(tool("pg_ctl"), "-D", data.toString(), "-l", log.toString(),
                    "-o", "-p " + port, "-w", "-t", "30", "start"));
            running = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PostgresServer() {
        bin = findBinaries();
        version = bin.getParent().getFileName().toString();
        asOsUser = isRoot();
        try {
            dir = Files.createTempDirectory(tempBase(), "empathy-pg-");
            data = dir.resolve("data");
            log = dir.resolve("server.log");
            if (asOsUser) {
                chownToOsUser(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the PostgreSQL test directory", e);
        }
    }

    /** JDBC URL of the default database, owned by {@link #user()}. */
    public String jdbcUrl() {
        return urlOf(APP_DATABASE);
    }

    /** The user the code under test connects as: owns its databases, is not a superuser. */
    public String user() {
        return APP_USER;
    }

    public String password() {
        return APP_PASSWORD;
    }

    public int port() {
        return port;
    }

    /** The server's major version, e.g. "15". */
    public String version() {
        return version;
    }

    /** How long initdb and start took, in milliseconds. */
    public long startupMillis() {
        return startupMillis;
    }

    /**
     * Creates a new, empty database owned by {@link #user()} and returns its JDBC URL. The name is {@code prefix}
     * (lower-cased, anything but letters, digits and underscores replaced) plus a number unique in this JVM.
     */
    public String freshDatabase(String prefix) {
        String base = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "db_" + base;
        }
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        String name = base + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE \"" + name + "\" OWNER \"" + APP_USER + "\" ENCODING 'UTF8' TEMPLATE template0");
        return urlOf(name);
    }

    private String urlOf(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void start() {
        long began = System.nanoTime();
        try {
            Path pwfile = dir.resolve("superuser.pw");
            Files.writeString(pwfile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
            if (asOsUser) {
                chownToOsUser(pwfile);
            }
            run("initdb", List.of(tool("initdb"), "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + pwfile,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"));
            Files.delete(pwfile);
            appendConfig();
            startOnFreePort();
            admin("CREATE ROLE \"" + APP_USER + "\" LOGIN PASSWORD '" + APP_PASSWORD + "'");
            admin("CREATE DATABASE \"" + APP_DATABASE + "\" OWNER \"" + APP_USER + "\" ENCODING 'UTF8' TEMPLATE template0");
            startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        } catch (IOException | RuntimeException e) {
            String serverLog = serverLog();
            stop();
            throw new IllegalStateException("The PostgreSQL test server (" + bin + ") did not start: " + e.getMessage()
                    + (serverLog.isEmpty() ? "" : "\n--- server log ---\n" + serverLog), e);
        }
    }

    private void appendConfig() throws IOException {
        String settings = String.join("\n",
                "",
                "# empathy-evidence test server",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + dir + "'",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "max_connections = 200",
                "shared_buffers = 32MB",
                "dynamic_shared_memory_type = mmap",
                "log_min_messages = warning",
                "log_min_error_statement = error",
                "");
        Files.writeString(data.resolve("postgresql.conf"),
                Files.readString(data.resolve("postgresql.conf"), StandardCharsets.UTF_8) + settings,
                StandardCharsets.UTF_8);
    }

    /** Another process may take the chosen port between our probe and the server's bind: then try another. */
    private void startOnFreePort() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = freePort();
            try {
                run("pg_ctl start", List.of(tool("pg_ctl"), "-D", data.toString(), "-l", log.toString(),
                        "-o", "-p " + port, "-w", "-t", "30", "start"));
                running = true;
                return;
            } catch (IOException e) {
                last = e;
                String serverLog = serverLog();
                if (!serverLog.contains("could not bind") && !serverLog.contains("Address already in use")) {
                    throw e;
                }
            }
        }
        throw last;
    }

    /** Stops the server at once (its data is thrown away anyway) and deletes the temp directory. */
    private synchronized void stop() {
        if (running) {
            try {
                run("pg_ctl stop", List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            } catch (IOException | RuntimeException ignored) {
                // best effort: the JVM is going away
            }
            running = false;
        }
        deleteRecursively(dir);
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(urlOf("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    /** Runs a server binary (as the postgres OS user when we are root), failing with its output. */
    private void run(String what, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asOsUser) {
            full.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("LC_ALL", "C");
        Path out = Files.createTempFile("empathy-pg-cmd", ".out");
        try {
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(what + " did not finish in " + STEP_TIMEOUT_SECONDS + " s: "
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
            if (p.exitValue() != 0) {
                throw new IOException(what + " failed (exit " + p.exitValue() + "): " + String.join(" ", full) + "\n"
                        + Files.readString(out, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(what + " interrupted", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private String serverLog() {
        try {
            return log != null && Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "(server log unreadable: " + e.getMessage() + ")";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Path findBinaries() {
        String override = System.getProperty("postgres.bin");
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override);
            if (!hasServer(dir)) {
                throw new IllegalStateException("-Dpostgres.bin=" + override + " has no initdb and pg_ctl");
            }
            return dir;
        }
        List<Path> candidates = new ArrayList<>();
        Path root = Path.of(ROOT_DIR);
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
                for (Path v : versions) {
                    if (v.getFileName().toString().matches("\\d+(\\.\\d+)?") && hasServer(v.resolve("bin"))) {
                        candidates.add(v.resolve("bin"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .max(Comparator.comparingDouble(b -> Double.parseDouble(b.getParent().getFileName().toString())))
                .orElseThrow(() -> new IllegalStateException("The PostgreSQL tests need a PostgreSQL server: no "
                        + ROOT_DIR + "/*/bin/initdb and pg_ctl found. Install it with: " + INSTALL_HINT));
    }

    private static boolean hasServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
                && Files.isExecutable(bin.resolve("postgres"));
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** As root the postgres OS user must reach the directory: java.io.tmpdir if all its parents allow that, else /tmp. */
    private static Path tempBase() {
        Path base = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (!isRoot()) {
            return base;
        }
        for (Path p = base; p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    return Path.of("/tmp");
                }
            } catch (IOException | UnsupportedOperationException e) {
                return Path.of("/tmp");
            }
        }
        return base;
    }

    private static void chownToOsUser(Path path) throws IOException {
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        try {
            view.setOwner(lookup.lookupPrincipalByName(OS_USER));
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            throw new IllegalStateException("Running as root, the PostgreSQL tests run the server as the OS user '"
                    + OS_USER + "', which does not exist. Install the server package (it creates the user): "
                    + INSTALL_HINT, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // leave it to the OS's temp cleaning
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // leave it to the OS's temp cleaning
        }
    }
}
