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
            try {
                Path data = Files.createTempDirectory("workbench-it");
                server = WorkbenchServer.start(WorkbenchServer.Config.h2(data, 0));
                WorkbenchServer started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("The workbench did not start: " + e.getMessage(), e);
            }
        }
        return server;
    }

    public static URI url(String path) {
        return get().baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
