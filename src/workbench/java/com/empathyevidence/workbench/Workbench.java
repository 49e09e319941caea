package com.empathyevidence.workbench;

import java.nio.file.Path;

/**
 * {@code ./workbench} runs this: the workbench on http://localhost:2990 with its data in ./workbench-data.
 * Options: {@code --port N}, {@code --data DIR}. Ctrl-C stops it; the next start keeps the data.
 */
public final class Workbench {

    /** Held so the level sticks: Jersey's start-up chatter is not for the person running the workbench. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private Workbench() {
    }

    public static void main(String[] args) throws Exception {
        int port = 2990;
        Path data = Path.of("workbench-data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i] + ". Options: --port N, --data DIR");
                    System.exit(2);
                }
            }
        }
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        String unusable = DataDirectory.prepare(data);
        if (unusable != null) {
            System.err.println(unusable);
            System.exit(2);
        }
        Path dataDir = data;
        WorkbenchServer workbench = WorkbenchServer.start(WorkbenchServer.Config.h2(data, port));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                workbench.close();
                System.out.println("Workbench stopped. Data kept in " + dataDir.toAbsolutePath().normalize());
            } catch (Exception e) {
                System.err.println("Workbench did not stop cleanly: " + e.getMessage());
            }
        }));
        String base = workbench.baseUrl().toString();
        System.out.println();
        System.out.println("Empathy Evidence workbench is running (data in " + data.toAbsolutePath() + ")");
        System.out.println("  Jira issue with the evidence panel:  " + base + "browse/DEMO-1");
        System.out.println("  Confluence page with the map macro:  " + base + "wiki/spaces/RES/pages/accountant-map");
        System.out.println("  REST:                                " + base + "rest/empathy/1.0/issues/DEMO-1/evidence");
        System.out.println("  Sign in as admin/admin, pm/pm or viewer/viewer (viewer cannot see project BILL).");
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }
}
