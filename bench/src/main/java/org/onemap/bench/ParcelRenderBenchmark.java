package org.onemap.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.map.render.CachedFeatureSource;
import org.onemap.map.render.MapRenderer;
import org.onemap.map.render.PngEncoder;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderLayers;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.RenderResult;
import org.onemap.map.render.Viewport;

/**
 * In-process figures for the 1M-parcel render (bench/render-vs-mapnik.sh measures whole processes):
 * how long each step of a cold render takes (workspace open, render cache load or build, draw), the
 * warm draw time of the full extent and the 1/16 window, and the heap held with the layer's render
 * cache resident (used heap after a full GC, via MemoryMXBean).
 *
 * <p>usage: ParcelRenderBenchmark WORKSPACE LAYER minlon,minlat,maxlon,maxlat [runs]
 */
public final class ParcelRenderBenchmark {
    private ParcelRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        String layer = args[1];
        double[] b = Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Envelope full = new Envelope(b[0], b[2], b[1], b[3]);
        Envelope window = new Envelope(full.centre());
        window.expandBy(full.getWidth() / 8, full.getHeight() / 8);

        long heap0 = usedHeapAfterGc();
        long t0 = System.nanoTime();
        try (H2gisWorkspace w = H2gisWorkspace.open(ws, "bench", true, false)) {
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "open workspace: %d ms%n", (t1 - t0) / 1_000_000);
            long c0 = System.nanoTime();
            long n = w.layer(layer).count(org.onemap.core.feature.Query.ALL);
            long c1 = System.nanoTime();
            Envelope ext = w.layer(layer).extent();
            long c2 = System.nanoTime();
            w.sql("SELECT MAX(SEQ) FROM ONEMAP_AUDIT");
            long c3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "count %d: %d ms, extent: %d ms, last audit seq: %d ms%n", n, (c1 - c0) / 1_000_000,
                    (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000);
            t1 = System.nanoTime();
            List<RenderLayer> layers = RenderLayers.of(w, List.of(layer));
            CachedFeatureSource cache = (CachedFeatureSource) layers.get(0).source();
            cache.warm();
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "render cache load/build: %d ms (%d features, ~%d MB of arrays)%n",
                    (t2 - t1) / 1_000_000, cache.cachedFeatures(), cache.cachedBytes() >> 20);
            long heap = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "heap used after GC with the cache resident: %d MB (before opening: %d MB, max %d MB)%n",
                    heap >> 20, heap0 >> 20, Runtime.getRuntime().maxMemory() >> 20);
            MapRenderer r = new MapRenderer();
            RenderOptions opts = RenderOptions.standard();
            for (String[] c : new String[][] {{"full extent", "f"}, {"1/16 window", "w"}}) {
                Viewport vp = Viewport.fit(c[1].equals("f") ? full : window, 1920, 1080);
                List<Long> ms = new ArrayList<>();
                RenderResult last = null;
                for (int i = 0; i < runs + 1; i++) {
                    long s = System.nanoTime();
                    last = r.render(layers, vp, opts);
                    if (i > 0) ms.add((System.nanoTime() - s) / 1_000_000);   // first run is warm-up
                }
                ms.sort(null);
                System.out.printf(Locale.ROOT, "draw %s 1920x1080: median %d ms (min %d, max %d) — %d features, %d as a pixel%n",
                        c[0], ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), last.featuresDrawn(), last.featuresAsPixel());
                pngTimes(c[0], last.image(), runs);
            }
        }
    }

    // The CLI writes its PNG with ImageIO today; PngEncoder is the faster writer offered to MapComposer.
    private static void pngTimes(String what, java.awt.image.BufferedImage img, int runs) throws java.io.IOException {
        List<Long> io = new ArrayList<>();
        List<Long> ours = new ArrayList<>();
        int ioBytes = 0;
        int ourBytes = 0;
        for (int i = 0; i < runs + 1; i++) {
            java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
            long s = System.nanoTime();
            javax.imageio.ImageIO.write(img, "png", a);
            long m = System.nanoTime();
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            PngEncoder.write(img, b);
            long e = System.nanoTime();
            if (i == 0) continue;
            io.add((m - s) / 1_000_000);
            ours.add((e - m) / 1_000_000);
            ioBytes = a.size();
            ourBytes = b.size();
        }
        io.sort(null);
        ours.sort(null);
        System.out.printf(Locale.ROOT, "PNG of the %s image: ImageIO median %d ms (%d KB), PngEncoder median %d ms (%d KB)%n",
                what, io.get(io.size() / 2), ioBytes >> 10, ours.get(ours.size() / 2), ourBytes >> 10);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
