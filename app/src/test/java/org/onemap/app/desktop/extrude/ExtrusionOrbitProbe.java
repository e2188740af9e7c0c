package org.onemap.app.desktop.extrude;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import org.onemap.app.desktop.Messages;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.sample.WorkspaceSeeder;

/**
 * Where a 3D frame's time goes (BENCHMARKS.md "3D extrusion"): opens the extrusion window on an
 * in-memory seeded workspace, orbits for 3 s in four set-ups (everything, without the base-map plane,
 * without the meshes, empty) and prints wall time per pulse, process CPU per frame (llvmpipe's
 * rasteriser threads included) and the JVM threads' share. Run under xvfb-run with the es2 flags;
 * arguments: parcel count, preset name.
 */
public final class ExtrusionOrbitProbe {
    private ExtrusionOrbitProbe() {}

    public static void main(String[] args) throws Exception {
        MemoryDataSource ds = new MemoryDataSource();
        WorkspaceSeeder.seed(ds, Integer.parseInt(args[0]), m -> { });
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExtrusionWindow[] w = new ExtrusionWindow[1];
        Platform.runLater(() -> w[0] = ExtrusionWindow.open(ds, Messages.forLocale(Messages.CHINESE), null,
                ExtrusionPreset.valueOf(args.length > 1 ? args[1] : "PARCEL_AREA")));
        while (w[0] == null || w[0].view().meshes() == null) Thread.sleep(200);
        Thread.sleep(3000);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        Group meshes = w[0].view().meshes();
        Node plane = ((Group) meshes.getParent()).getChildren().get(0);
        var model = w[0].viewModel().getScene().model();
        System.out.printf(Locale.ROOT, "%d features, %d triangles, %d meshes, antialiasing %s%n", model.features().size(),
                model.triangleCount(), model.meshes().size(), System.getProperty(ExtrusionSceneView.ANTIALIASING_PROPERTY, "true"));
        String[] names = {"everything", "no base plane", "no meshes", "empty scene"};
        for (int k = 0; k < names.length; k++) {
            final int setup = k;
            Platform.runLater(() -> {
                plane.setVisible(setup == 0 || setup == 2);
                meshes.setVisible(setup < 2);
            });
            Thread.sleep(1500);
            List<Long> intervals = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            long[] cpu = new long[4];
            Platform.runLater(() -> new AnimationTimer() {
                private long last;
                private long start;

                @Override
                public void handle(long now) {
                    if (last != 0) intervals.add(now - last);
                    else {
                        start = now;
                        cpu[0] = os.getProcessCpuTime();
                        cpu[2] = javaCpu(tm);
                    }
                    last = now;
                    w[0].viewModel().camera().orbit(-2);
                    if (now - start > 3_000_000_000L) {
                        cpu[1] = os.getProcessCpuTime();
                        cpu[3] = javaCpu(tm);
                        stop();
                        done.countDown();
                    }
                }
            }.start());
            done.await();
            double[] ms = intervals.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-14s frames=%d mean=%.1f ms p50=%.1f ms cpu/frame=%.1f ms (JVM threads %.1f ms) load=%.1f%n",
                    names[k], ms.length, Arrays.stream(ms).average().orElse(0), ms[ms.length / 2],
                    (cpu[1] - cpu[0]) / 1e6 / ms.length, (cpu[3] - cpu[2]) / 1e6 / ms.length, os.getSystemLoadAverage());
        }
        Platform.exit();
        System.exit(0);
    }

    private static long javaCpu(ThreadMXBean tm) {
        long t = 0;
        for (long id : tm.getAllThreadIds()) t += Math.max(0, tm.getThreadCpuTime(id));
        return t;
    }
}
