package com.empathyevidence.workbench.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench as its own JVM ({@code java -cp <this test's class path> ...Workbench}), as {@code ./run-workbench}
 * starts it: for what only a separate process can show (a kill -9, an exit code, what it prints).
 */
final class WorkbenchProcess implements AutoCloseable {

    private static final Pattern REST_LINE = Pattern.compile("REST:\\s+(http://\\S+?/)rest/");

    final Process process;
    private final List<String> output = new ArrayList<>();
    private final Thread reader;

    private WorkbenchProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                        output.notifyAll();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process went away
            }
            synchronized (output) {
                output.add(null); // end of output
                output.notifyAll();
            }
        }, "workbench-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code Workbench} with these arguments; standard output and error are read together. */
    static WorkbenchProcess start(String... args) throws Exception {
        return start(List.of(), args);
    }

    /** As {@link #start(String...)}, with JVM options (e.g. {@code -Dname=value}) before the class name. */
    static WorkbenchProcess start(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("com.empathyevidence.workbench.Workbench");
        command.addAll(List.of(args));
        return new WorkbenchProcess(new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start());
    }

    /** Waits until the workbench says where it listens; fails with its output if it exits first. */
    URI awaitStarted() throws InterruptedException {
        int seen = 0;
        synchronized (output) {
            while (true) {
                for (; seen < output.size(); seen++) {
                    String line = output.get(seen);
                    if (line == null) {
                        throw new AssertionError("The workbench exited before it started:\n" + String.join("\n", lines()));
                    }
                    Matcher m = REST_LINE.matcher(line);
                    if (m.find()) {
                        return URI.create(m.group(1));
                    }
                }
                output.wait(1000);
            }
        }
    }

    /** Waits for the process to end (at most two minutes) and answers its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The workbench did not exit:\n" + String.join("\n", lines()));
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return process.exitValue();
    }

    /** Every line printed so far. */
    List<String> lines() {
        synchronized (output) {
            List<String> lines = new ArrayList<>();
            for (String line : output) {
                if (line != null) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** SIGKILL: no shutdown hook, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
