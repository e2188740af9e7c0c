package org.onemap.map.tiles;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Envelope;
import org.onemap.map.render.CachedFeatureSource;
import org.onemap.map.render.HeldLayer;
import org.onemap.map.render.MapRenderer;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;

/**
 * Renders 256-px OSM-scheme tiles (× the device pixel ratio) of a layer set with the one
 * {@link MapRenderer}, off the calling thread in a pool sized to the cores (the tiles on screen first, see
 * {@link #focus}; then the newest request), through a
 * {@link TileCache}. Concurrent requests for the same tile share one render. Replacing the layer set
 * clears the cache; an edit invalidates only the tiles it touches ({@link #invalidate}). Small layers
 * are drawn from a copy held in memory for as long as the layer set ({@link HeldLayer}).
 */
public final class VectorTileRenderer implements AutoCloseable {
    /** Default cache budget: 256 MB, about a thousand 256-px tiles at ratio 1. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;
    /**
     * How far (tile pixels) an edited feature can change a tile: the renderer reads features this far
     * beyond a tile for their labels, plus the reach of a symbol or stroke.
     */
    static final int REACH_PX = MapRenderer.TILE_LABEL_BUFFER + 8;
    /** {@code -Donemap.map.heldLayers=false} reads small layers from their store for every tile (for comparison). */
    private static final boolean HOLD_SMALL_LAYERS = !"false".equals(System.getProperty("onemap.map.heldLayers"));

    private final MapRenderer renderer = new MapRenderer();
    private final TileCache cache;
    private final double pixelRatio;
    private final ExecutorService pool;
    private final Map<TileKey, CompletableFuture<BufferedImage>> inFlight = new ConcurrentHashMap<>();
    private final PendingTiles<Job> pending = new PendingTiles<>();
    private final AtomicLong renders = new AtomicLong();
    private volatile List<RenderLayer> layers;
    private volatile List<RenderLayer> drawn;   // the layers with small ones held in memory
    private volatile RenderOptions options;

    /** A renderer with its own cache of {@link #DEFAULT_CACHE_BYTES} and a pool of one thread per core. */
    public VectorTileRenderer(List<RenderLayer> layers, double pixelRatio) {
        this(layers, pixelRatio, new TileCache(DEFAULT_CACHE_BYTES));
    }

    public VectorTileRenderer(List<RenderLayer> layers, double pixelRatio, TileCache cache) {
        this(layers, pixelRatio, cache, RenderOptions.tile());
    }

    /**
     * A renderer with its own options (always tiled), e.g. {@code RenderOptions.tile().withLabels(false)}
     * for a map that places its labels per view in an overlay ({@link org.onemap.map.render.ViewportLabels}).
     */
    public VectorTileRenderer(List<RenderLayer> layers, double pixelRatio, TileCache cache, RenderOptions options) {
        if (!(pixelRatio > 0)) throw new IllegalArgumentException("pixel ratio must be > 0: " + pixelRatio);
        setDrawn(layers);
        this.pixelRatio = pixelRatio;
        this.cache = cache;
        this.options = options.withTiled(true);
        int threads = Runtime.getRuntime().availableProcessors();
        // each task draws the best waiting tile when it runs (PendingTiles), so the queue's own order does not matter
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemonThreads());
    }

    /** Renders one tile now on the calling thread, bypassing the cache. */
    public BufferedImage render(TileKey key) {
        renders.incrementAndGet();
        return renderer.render(drawn, Viewport.ofTile(key.z(), key.x(), key.y(), pixelRatio), options).image();
    }

    /** The tile from the cache, or rendered in the pool (tiles of the {@link #focus} first) and cached. */
    public CompletableFuture<BufferedImage> tile(TileKey key) {
        BufferedImage cached = cache.get(key);
        if (cached != null) return CompletableFuture.completedFuture(cached);
        CompletableFuture<BufferedImage> mine = new CompletableFuture<>();
        CompletableFuture<BufferedImage> running = inFlight.putIfAbsent(key, mine);
        if (running != null) return running;
        Job replaced = pending.add(key, new Job(mine, cache.epoch()));
        // asked again after the layers changed while still waiting: whoever waited gets the new picture
        if (replaced != null) mine.whenComplete((img, t) -> complete(replaced.future(), img, t));
        try {
            pool.execute(this::renderNext);
        } catch (RejectedExecutionException e) {
            pending.remove(key);
            inFlight.remove(key, mine);
            mine.completeExceptionally(e);
        }
        return mine;
    }

    // One run per tile asked for; which tile it draws is decided now (PendingTiles), not when it was asked for.
    private void renderNext() {
        Map.Entry<TileKey, Job> next = pending.next();
        if (next == null) return;
        TileKey key = next.getKey();
        Job job = next.getValue();
        try {
            BufferedImage img = render(key);
            cache.putIfCurrent(key, img, job.epoch());
            inFlight.remove(key, job.future());
            job.future().complete(img);
        } catch (Throwable t) {
            inFlight.remove(key, job.future());
            job.future().completeExceptionally(t);
        }
    }

    private static void complete(CompletableFuture<BufferedImage> f, BufferedImage img, Throwable t) {
        if (t == null) f.complete(img);
        else f.completeExceptionally(t);
    }

    /**
     * What the map shows now: waiting tiles inside it are drawn first, nearest its centre first, and the
     * rest (the margin around the screen, views passed through) newest first. Null: newest first only.
     */
    public void focus(TileFocus focus) { pending.focus(focus); }

    /** The view whose tiles are drawn first now (null: none given). */
    public TileFocus focus() { return pending.focus(); }

    public CompletableFuture<BufferedImage> tile(int z, long x, long y) { return tile(new TileKey(z, x, y)); }

    /** Replaces the layer set (visibility, order, styles) and drops every cached tile. */
    public void setLayers(List<RenderLayer> newLayers) {
        setDrawn(newLayers);
        inFlight.clear();
        cache.clear();
    }

    private void setDrawn(List<RenderLayer> newLayers) {
        List<RenderLayer> given = List.copyOf(newLayers);
        drawn = HOLD_SMALL_LAYERS ? given.stream().map(HeldLayer::heldIn).toList() : given;
        layers = given;
    }

    public List<RenderLayer> layers() { return layers; }

    /** The options tiles are rendered with (always tiled). */
    public RenderOptions options() { return options; }

    /** Replaces the render options (background, labels; always tiled) and drops every cached tile. */
    public void setOptions(RenderOptions newOptions) {
        options = newOptions.withTiled(true);
        inFlight.clear();
        cache.clear();
    }

    /**
     * Drops the cached tiles an edit inside the lon/lat box can change: those it intersects, widened by
     * the reach of symbols and labels; returns how many. Layers drawn from a render cache re-read the
     * features inside the box, which must cover the edited features before and after the edit.
     */
    public int invalidate(Envelope lonLat) {
        for (RenderLayer l : drawn) {
            if (l.source() instanceof CachedFeatureSource c) c.invalidate(lonLat);
            if (l.source() instanceof HeldLayer h) h.forget();
        }
        inFlight.clear();
        return cache.invalidate(lonLat, REACH_PX);
    }

    public TileCache cache() { return cache; }

    /** Tiles rendered so far (cache misses), for checking that an edit re-renders only what it touched. */
    public long renderCount() { return renders.get(); }

    public double pixelRatio() { return pixelRatio; }

    /** "in flight 3, workers busy 2, queued 1, cached 40": for diagnosing a map that does not fill. */
    public String status() {
        ThreadPoolExecutor p = (ThreadPoolExecutor) pool;
        return "in flight " + inFlight.size() + ", workers busy " + p.getActiveCount() + ", queued " + pending.size()
                + ", cached " + cache.size() + ", rendered " + renders.get();
    }

    /** Side of a tile image in device pixels. */
    public int tileSizePx() { return (int) Math.round(256 * pixelRatio); }

    /** Stops the worker pool; queued renders are abandoned. */
    @Override
    public void close() { pool.shutdownNow(); }

    /** A tile waiting to be drawn: who waits for it, and the cache epoch it was asked for in. */
    private record Job(CompletableFuture<BufferedImage> future, long epoch) {}

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "onemap-tile-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);   // keep the FX thread responsive
            return t;
        };
    }
}
