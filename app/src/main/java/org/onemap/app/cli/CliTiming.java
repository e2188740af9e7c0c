package org.onemap.app.cli;

import java.io.PrintWriter;

/**
 * With {@code -Donemap.timing=true}, prints where a command's time goes to stderr: each step's
 * milliseconds and the time since the JVM started, so JVM start, workspace open, drawing and PNG
 * encoding can be told apart without a profiler. Silent (and nearly free) otherwise.
 */
final class CliTiming {
    private final boolean on = Boolean.getBoolean("onemap.timing");
    private final PrintWriter err;
    private long last = System.nanoTime();

    private CliTiming(PrintWriter err) { this.err = err; }

    /** A timer whose first step starts now; {@code err} receives the lines. */
    static CliTiming start(PrintWriter err) {
        CliTiming t = new CliTiming(err);
        if (t.on) {
            // the JVM's own start (ms): the process start time the OS reports counts from a boot time in whole
            // seconds, which put this figure up to a second off, and it includes the launcher script's time
            long now = System.currentTimeMillis();
            long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            t.err.println("onemap: timing: JVM start to command " + (now - jvm) + " ms");
            t.last = System.nanoTime();   // not the management classes' loading
        }
        return t;
    }

    /** Ends the step called {@code what}. */
    void step(String what) {
        if (!on) return;
        long now = System.nanoTime();
        err.println("onemap: timing: " + what + " " + (now - last) / 1_000_000 + " ms");
        err.flush();
        last = now;
    }
}
