package com.empathyevidence.benchmarks;

import com.empathyevidence.app.ArchiveZip;
import com.empathyevidence.storage.AoArchiveStore;
import com.empathyevidence.workbench.AoDatabase;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The full archive at size, in a small heap: exports the benchmark database of N issue links ({@link BenchDatabase})
 * to a zip file and imports it into a new, empty H2 file database, printing rows, time and the peak heap used
 * (after each phase, as the JVM's memory pools recorded it). Run it with a heap smaller than the data:
 * <pre>
 *   ./mvnw -B -Pbenchmarks -DskipTests package
 *   JAVA_TOOL_OPTIONS=-Xmx96m src/benchmarks/run com.empathyevidence.benchmarks.ArchiveStreaming 100000
 * </pre>
 * An export or import that held a table in memory would fail here with OutOfMemoryError.
 */
public final class ArchiveStreaming {

    private ArchiveStreaming() {
    }

    public static void main(String[] args) throws Exception {
        int links = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("archive-streaming");
        Path zip = dir.resolve("archive.zip");
        try (BenchDatabase db = BenchDatabase.open(links)) {
            resetPeaks();
            long start = System.nanoTime();
            Map<String, Integer> exported;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
                exported = ArchiveZip.write(new AoArchiveStore(db.ao), out, "bench", Instant.now());
            }
            System.out.printf("[archive] exported %s in %.1f s: %,d bytes; peak heap %,d MB of %,d MB max%n", exported,
                    (System.nanoTime() - start) / 1e9, Files.size(zip), peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        WorkbenchActiveObjects target = new WorkbenchActiveObjects(AoDatabase.open("jdbc:h2:file:" + dir.resolve("target").toAbsolutePath(),
                "sa", "", BenchDatabase.SCHEMA, BenchDatabase.NAMESPACE));
        target.migrate(BenchDatabase.entities());
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        Map<String, Integer> imported;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(zip))) {
            imported = new AoArchiveStore(target).importAll(ArchiveZip.reader(in));
        }
        System.out.printf("[archive] imported %s in %.1f s; peak heap %,d MB of %,d MB max%n", imported,
                (System.nanoTime() - start) / 1e9, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        target.entityManager().getProvider().dispose();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
