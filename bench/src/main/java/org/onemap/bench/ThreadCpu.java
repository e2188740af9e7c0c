package org.onemap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of the threads that make a JavaFX frame, read at two moments: the render thread
 * (QuantumRenderer), the FX application thread, the tile workers and the whole process. On a shared
 * machine wall-clock frame times mostly measure the other tenants; CPU time per frame does not.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> nanosByGroup;
    private final long processNanos;
    private final long jitMillis;     // the JIT compilers' time (their threads are hidden from ThreadMXBean)
    private final long gcPauseMillis; // stop-the-world collections; G1's concurrent work is not in it

    private ThreadCpu(Map<String, Long> nanosByGroup, long processNanos, long jitMillis, long gcPauseMillis) {
        this.nanosByGroup = nanosByGroup;
        this.processNanos = processNanos;
        this.jitMillis = jitMillis;
        this.gcPauseMillis = gcPauseMillis;
    }

    static ThreadCpu now() {
        Map<String, Long> byGroup = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t == null) continue;
            long cpu = THREADS.getThreadCpuTime(t.getThreadId());
            if (cpu > 0) byGroup.merge(group(t.getThreadName()), cpu, Long::sum);
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        var jit = ManagementFactory.getCompilationMXBean();
        long gc = 0;
        for (var b : ManagementFactory.getGarbageCollectorMXBeans()) gc += Math.max(0, b.getCollectionTime());
        return new ThreadCpu(byGroup, process, jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1, gc);
    }

    private static String group(String name) {
        if (name.startsWith("QuantumRenderer")) return "render";
        if (name.equals("JavaFX Application Thread")) return "fx";
        if (name.startsWith("onemap-tile-")) return "tiles";
        if (name.equals("onemap-map-labels")) return "labels";
        return "other";
    }

    /** "render 12.3 ms, fx 4.5 ms, tiles 0.0 ms, labels 0.0 ms, process 20.1 ms (jit 3.0 ms, gc pauses 0.0 ms)" per frame since {@code start}. */
    String perFrameSince(ThreadCpu start, int frames) {
        StringBuilder b = new StringBuilder();
        for (String g : new String[] {"render", "fx", "tiles", "labels"}) {
            // threads that ended between the readings drop out; the tile pool and FX threads do not end
            long d = nanosByGroup.getOrDefault(g, 0L) - start.nanosByGroup.getOrDefault(g, 0L);
            b.append(String.format(Locale.ROOT, "%s %.1f ms, ", g, d / 1e6 / Math.max(1, frames)));
        }
        b.append(String.format(Locale.ROOT, "process %.1f ms", (processNanos - start.processNanos) / 1e6 / Math.max(1, frames)));
        b.append(String.format(Locale.ROOT, " (jit %.1f ms, gc pauses %.1f ms)", (jitMillis - start.jitMillis) / (double) Math.max(1, frames),
                (gcPauseMillis - start.gcPauseMillis) / (double) Math.max(1, frames)));
        return b.toString();
    }
}
