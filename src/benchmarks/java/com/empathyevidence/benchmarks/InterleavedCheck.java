package com.empathyevidence.benchmarks;

import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * A check beside JMH for a shared, busy machine: the by-issue lookup and the baseline on the 10,000- and the
 * 1,000,000-link databases, opened in one JVM and measured in alternating rounds, so both sizes see the same JIT
 * state and the same load from other processes. Not a JMH benchmark (no forks, plain wall-clock rounds):
 * {@code src/benchmarks/run com.empathyevidence.benchmarks.InterleavedCheck [rounds] [ops]}.
 */
public final class InterleavedCheck {

    private InterleavedCheck() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int ops = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        StoreBenchmark small = new StoreBenchmark();
        small.links = 10_000;
        small.setUp();
        StoreBenchmark big = new StoreBenchmark();
        big.links = 1_000_000;
        big.setUp();
        double[] sum = new double[4];
        int counted = 0;
        for (int round = 0; round < rounds; round++) {
            double[] r = new double[4];
            for (int k = 0; k < 2; k++) {
                StoreBenchmark b = k == 0 ? small : big;
                long t = System.nanoTime();
                for (int i = 0; i < ops; i++) {
                    b.linkedToIssue();
                }
                r[k] = (System.nanoTime() - t) / 1e3 / ops;
                t = System.nanoTime();
                for (int i = 0; i < ops; i++) {
                    b.baselinePrimaryKeySelect();
                }
                r[2 + k] = (System.nanoTime() - t) / 1e3 / ops;
            }
            String load = new String(Files.readAllBytes(Paths.get("/proc/loadavg"))).trim();
            System.out.printf("round %2d: linkedToIssue 10k %7.1f us, 1M %7.1f us (1M/10k %.2f); baseline 10k %5.1f us, 1M %5.1f us; load %s%n",
                    round + 1, r[0], r[1], r[1] / r[0], r[2], r[3], load);
            if (round >= rounds / 2) {
                for (int i = 0; i < 4; i++) {
                    sum[i] += r[i];
                }
                counted++;
            }
        }
        System.out.printf("mean of the last %d rounds: linkedToIssue 10k %.1f us, 1M %.1f us, ratio 1M/10k %.2f; baseline 10k %.1f us, 1M %.1f us%n",
                counted, sum[0] / counted, sum[1] / counted, sum[1] / sum[0], sum[2] / counted, sum[3] / counted);
        small.tearDown();
        big.tearDown();
    }
}
