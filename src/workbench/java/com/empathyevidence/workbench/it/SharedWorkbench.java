package com.empathyevidence.workbench.it;

import com.empathyevidence.workbench.WorkbenchServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** One workbench per test JVM, on a free port with a fresh H2 database and the demo data, shared by all ITs. */
public final class SharedWorkbench {

    private static WorkbenchServer server;

    private SharedWorkbench() {
    }

    public static synchronized WorkbenchServer get() {
        if (server == null) {
            server = startForTheseTests("workbench-it", "The workbench", data -> WorkbenchServer.Config.h2(data, 0));
        }
        return server;
    }

    /**
     * Starts a workbench on a fresh data folder for the rest of this test JVM (closed when the JVM ends); {@code who}
     * names it in the failure message.
     */
    static WorkbenchServer startForTheseTests(String folderPrefix, String who,
                                              java.util.function.Function<Path, WorkbenchServer.Config> config) {
        try {
            WorkbenchServer started = WorkbenchServer.start(config.apply(Files.createTempDirectory(folderPrefix)));
            started.scheduler().awaitStartRuns(); // the tests read what the daily job's first run wrote (StartupJobIT: the start never waits)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
            return started;
        } catch (Exception e) {
            throw new IllegalStateException(who + " did not start: " + e.getMessage(), e);
        }
    }

    public static URI url(String path) {
        return get().baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
