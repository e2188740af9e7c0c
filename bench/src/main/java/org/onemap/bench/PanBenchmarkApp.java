package org.onemap.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.map.LocalBasemap;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * The interactive map benchmark (issue 3): the desktop {@link MapPane} alone in a 3840×2160 stage on a
 * workspace (the 1M-parcel one), driven by a script on the JavaFX pulse: a drag-pan of {@code steps}
 * pulses moving the view a few pixels each, then {@code jumps} jumps to new viewports (seeded random
 * centres and zoom levels over the layer's extent). Frame time = the gap between consecutive pulses
 * (an {@link AnimationTimer} runs every pulse; a pulse that takes longer to lay out and render delays
 * the next one); fill time = from setting a new viewport to the first pulse with every tile on screen
 * drawn ({@link MapPane#tilesLoading()} = 0). Prints percentiles and exits.
 *
 * <p>Started by {@link PanBenchmark#main}; run under Xvfb with a 4K screen (bench/pan-4k.sh).
 */
public final class PanBenchmarkApp extends Application {
    private static final int W = 3840;
    private static final int H = 2160;
    /** A viewport that has not filled after this long counts with this time and the script moves on. */
    private static final double FILL_TIMEOUT_MS = 30_000;

    static String[] arguments;
    private static final boolean SNAP = Boolean.getBoolean("onemap.bench.snap");
    /**
     * -Donemap.bench.warmupJumps=N: N jumps before the pan and the measured jumps, not counted. A desktop or
     * wall runs for hours; in a fresh JVM the first jumps and pan steps share the two cores with C2 compiling
     * (30 % of a 40 s run's CPU). The measured jumps go on with the same random sequence, so they land on
     * tiles not rendered before (each jump's line says how many tiles it rendered).
     */
    private static final int WARMUP_JUMPS = Integer.getInteger("onemap.bench.warmupJumps", 0);

    private H2gisWorkspace ws;
    private MapPane map;
    private LocalBasemap tiles;
    private final FrameStats panFrames = new FrameStats();
    private final FrameStats jumpFrames = new FrameStats();
    private final FrameStats fills = new FrameStats();

    @Override
    public void start(Stage stage) {
        String[] a = arguments;
        int steps = a.length > 1 ? Integer.parseInt(a[1]) : 200;
        int jumps = a.length > 2 ? Integer.parseInt(a[2]) : 20;
        double ratio = a.length > 3 ? Double.parseDouble(a[3]) : 0;
        double startZoom = a.length > 4 ? Double.parseDouble(a[4]) : 13;
        double stepPx = a.length > 5 ? Double.parseDouble(a[5]) : 12;
        long t0 = System.nanoTime();
        ws = H2gisWorkspace.open(Path.of(a[0]), "bench", true, false);
        MainViewModel vm = new MainViewModel(ws, Messages.forLocale(Messages.CHINESE), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
        tiles = ratio > 0 ? LocalBasemap.withPixelRatio(ratio) : LocalBasemap.install();
        map = new MapPane(vm, tiles);
        stage.setScene(new Scene(map, W, H));
        stage.setTitle("OneMap pan benchmark");
        stage.show();
        System.out.printf(Locale.ROOT, "stage %dx%d shown after %d ms; tile pixel ratio %s; prism pipeline %s%n", W, H,
                (System.nanoTime() - t0) / 1_000_000, ratio > 0 ? ratio : "app default", pipeline());
        new Script(steps, jumps, startZoom, stepPx, t0).start();
    }

    // What Prism really renders with: asking for es2 may still end in sw when Mesa is refused.
    private static String pipeline() {
        try {
            return com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
        } catch (RuntimeException | LinkageError e) {
            return "unknown (" + e + ")";
        }
    }

    @Override
    public void stop() {
        if (map != null) map.dispose();
        if (ws != null) ws.close();
    }

    // The benchmark script as a state machine advanced once per pulse.
    private final class Script extends AnimationTimer {
        private final int steps;
        private final int jumps;
        private final double startZoom;
        private final double stepPx;
        private final long t0;
        private final Random random = new Random(430300);
        private long last;
        private int phase;       // 0 first fill, 1 zoom to start, 2 pan, 3 settle, 4 jumps, 5 done
        private int step;
        private int jump;
        private long viewSetAt;
        private Envelope extent;
        private ThreadCpu panCpu;
        private ThreadCpu jumpCpu;
        private long rendersAtJump;
        private int jumpPulses;
        private int jumpZoom;
        private boolean panned;

        Script(int steps, int jumps, double startZoom, double stepPx, long t0) {
            this.steps = steps;
            this.jumps = jumps;
            this.startZoom = startZoom;
            this.stepPx = stepPx;
            this.t0 = t0;
        }

        @Override
        public void handle(long now) {
            double gap = last == 0 ? 0 : (now - last) / 1e6;
            last = now;
            switch (phase) {
                case 0 -> {
                    if (!filled()) return;
                    System.out.printf(Locale.ROOT, "first full view drawn %d ms after start (%d tiles)%n",
                            (System.nanoTime() - t0) / 1_000_000, map.tilesShown());
                    extent = map.viewportNow().lonLatBounds();
                    if (WARMUP_JUMPS > 0) {   // warm up first, so the pan runs warm too
                        phase = 4;
                        nextJump(now);
                        return;
                    }
                    zoomTo(extent.centre(), startZoom);
                    phase = 1;
                }
                case 1 -> {
                    if (!filled() && !timedOut(now)) return;
                    System.out.printf(Locale.ROOT, "start view (zoom %.1f) drawn in %.0f ms; panning %d steps of %.0f px%n",
                            startZoom, (now - viewSetAt) / 1e6, steps, stepPx);
                    panCpu = ThreadCpu.now();
                    phase = 2;
                }
                case 2 -> {
                    if (step > 0) panFrames.add(gap);
                    if (step > 0 && step % 25 == 0) System.out.println("  pan step " + step + ": " + panFrames.summary());
                    if (step == steps) {
                        System.out.println("pan frames (pulse-to-pulse gap): " + panFrames.summary() + "; over 16.7 ms: "
                                + panFrames.over(16.7) + ", over 25 ms (a missed refresh): " + panFrames.over(25));
                        System.out.println("pan CPU per frame: " + ThreadCpu.now().perFrameSince(panCpu, steps));
                        phase = 3;
                        panned = true;
                        viewSetAt = now;
                        return;
                    }
                    // a drag along a slow curve: mostly east, turning north then west, as a hand pans
                    double angle = Math.PI * step / steps;
                    panBy(stepPx * Math.cos(angle), -stepPx * Math.sin(angle));
                    step++;
                }
                case 3 -> {
                    if (!filled() && !timedOut(now)) return;
                    System.out.printf(Locale.ROOT, "after the pan, view filled %.0f ms after the last step%n", (now - viewSetAt) / 1e6);
                    if (jumps == 0) {   // a pan-only run
                        finish();
                        return;
                    }
                    phase = 4;
                    nextJump(now);
                }
                case 4 -> {
                    boolean counted = jump >= WARMUP_JUMPS;
                    if (counted) jumpFrames.add(gap);
                    jumpPulses++;
                    if (!filled() && !timedOut(now)) return;
                    if (counted) fills.add((now - viewSetAt) / 1e6);
                    // where a fill's time went: tiles rendered, pulses, and each thread group's CPU over the whole fill
                    System.out.printf(Locale.ROOT, "  %sjump %d: filled in %.0f ms%s (zoom %d, %d tiles rendered, %d pulses; CPU %s)%n",
                            counted ? "" : "warm-up ", jump + 1, (now - viewSetAt) / 1e6, filled() ? "" : " (timed out: not filled)", jumpZoom,
                            tiles.renderer().renderCount() - rendersAtJump, jumpPulses, ThreadCpu.now().perFrameSince(jumpCpu, 1));
                    jump++;
                    if (jump == WARMUP_JUMPS && phase == 4 && !panned) {   // warm: now the pan, then the measured jumps
                        panned = true;
                        zoomTo(extent.centre(), startZoom);
                        phase = 1;
                        return;
                    }
                    if (jump == WARMUP_JUMPS + jumps) {
                        finish();
                        return;
                    }
                    nextJump(now);
                }
                default -> { }
            }
        }

        private void finish() {
            phase = 5;
            report();
            stop();
            Platform.exit();
        }

        private boolean filled() { return map.tilesShown() > 0 && map.tilesLoading() == 0; }

        private boolean timedOut(long now) {
            boolean out = (now - viewSetAt) / 1e6 > FILL_TIMEOUT_MS;
            if (out) {
                System.out.println("  view not filled after " + FILL_TIMEOUT_MS + " ms: " + map.tilesLoading() + " of "
                        + map.tilesShown() + " tiles waiting; renderer: " + tiles.renderer().status());
                reportStuckTiles(map, 0);
            }
            return out;
        }

        private void nextJump(long now) {
            Coordinate c = new Coordinate(extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight());
            jumpZoom = 11 + random.nextInt(5);
            jumpCpu = ThreadCpu.now();
            rendersAtJump = tiles.renderer().renderCount();
            jumpPulses = 0;
            zoomTo(c, jumpZoom);
            viewSetAt = now;
        }

        private void zoomTo(Coordinate centre, double zoom) {
            map.mapView().setZoom(zoom);
            map.mapView().setCenter(centre.y, centre.x);
            viewSetAt = last;
        }

        private void panBy(double dx, double dy) {
            double cx = map.mapView().getWidth() / 2;
            double cy = map.mapView().getHeight() / 2;
            Coordinate c = map.toLonLat(cx + dx, cy + dy);
            map.mapView().setCenter(c.y, c.x);
            if (SNAP) snapToWholePixels();
        }

        // -Donemap.bench.snap=true: the experiment of tiles at whole-pixel offsets (Prism's software
        // pipeline then blits instead of resampling every tile pixel)
        private void snapToWholePixels() {
            for (javafx.scene.Node n : map.mapView().getChildrenUnmodifiable()) {
                if (n instanceof com.gluonhq.impl.maps.BaseMap b) {
                    b.setTranslateX(Math.rint(b.getTranslateX()));
                    b.setTranslateY(Math.rint(b.getTranslateY()));
                }
            }
        }

        // Why a view did not fill: tiles that failed or still wait (Gluon keeps both at progress < 1).
        private int reportStuckTiles(javafx.scene.Parent parent, int shown) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof com.gluonhq.impl.maps.TileImageView t && t.getProgress() < 1 && shown < 3) {
                    System.out.println("  tile not drawn: " + t.getParent() + ", progress " + t.getProgress() + ", visible "
                            + t.isVisible() + ", downloading " + t.isDownloading() + ", exception " + t.getException());
                    shown++;
                } else if (child instanceof javafx.scene.Parent p) {
                    shown = reportStuckTiles(p, shown);
                }
            }
            return shown;
        }

        private void report() {
            if (Double.isNaN(fills.percentile(50))) return;   // a pan-only run
            System.out.println("frames while new viewports fill: " + jumpFrames.summary());
            System.out.println("new viewport fully drawn (" + jumps + " jumps, zoom 11-15" + (WARMUP_JUMPS > 0 ? ", after " + WARMUP_JUMPS + " warm-up jumps" : "")
                    + "): " + fills.summary());
            System.out.flush();
        }
    }
}
