package org.onemap.map.tiles;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;

/**
 * Rendered tiles, least recently used evicted first once their pixels exceed a byte budget. Edits
 * invalidate only the tiles they touch ({@link #invalidate(Envelope, double)}). Every invalidation
 * bumps an epoch so a tile rendered from data older than the invalidation is not stored
 * ({@link #putIfCurrent}). Thread-safe.
 */
public final class TileCache {
    private final long maxBytes;
    private final LinkedHashMap<TileKey, BufferedImage> tiles = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long epoch;
    private long evictions;

    public TileCache(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("tile cache budget must be > 0 bytes: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Bytes a tile image occupies: 4 per pixel for the renderer's int images. */
    public static long sizeOf(BufferedImage image) {
        int bits = image.getColorModel().getPixelSize();
        return (long) image.getWidth() * image.getHeight() * Math.max(1, (bits + 7) / 8);
    }

    /** The cached tile, marking it recently used; null when absent. */
    public synchronized BufferedImage get(TileKey key) { return tiles.get(key); }

    /** Stores a tile, evicting least recently used tiles until within budget. A tile over budget is not stored. */
    public synchronized void put(TileKey key, BufferedImage image) {
        long size = sizeOf(image);
        BufferedImage old = tiles.remove(key);
        if (old != null) bytes -= sizeOf(old);
        if (size > maxBytes) return;
        tiles.put(key, image);
        bytes += size;
        Iterator<Map.Entry<TileKey, BufferedImage>> it = tiles.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<TileKey, BufferedImage> eldest = it.next();
            bytes -= sizeOf(eldest.getValue());
            it.remove();
            evictions++;
        }
    }

    /** Stores the tile only if nothing was invalidated since {@code epochAtStart} was read; returns whether stored. */
    public synchronized boolean putIfCurrent(TileKey key, BufferedImage image, long epochAtStart) {
        if (epochAtStart != epoch) return false;
        put(key, image);
        return true;
    }

    /** Drops the tiles whose extent intersects the lon/lat box; returns how many. */
    public int invalidate(Envelope lonLat) { return invalidate(lonLat, 0); }

    /**
     * Drops the tiles within {@code marginPx} tile pixels (at each tile's own zoom) of the lon/lat box,
     * since a symbol, stroke or label of a feature reaches that far beyond it; returns how many.
     */
    public synchronized int invalidate(Envelope lonLat, double marginPx) {
        epoch++;
        Envelope m = new Envelope(WebMercator.x(lonLat.getMinX()), WebMercator.x(lonLat.getMaxX()),
                WebMercator.y(lonLat.getMinY()), WebMercator.y(lonLat.getMaxY()));
        int dropped = 0;
        Iterator<Map.Entry<TileKey, BufferedImage>> it = tiles.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<TileKey, BufferedImage> e = it.next();
            Envelope t = e.getKey().mercatorBounds();
            if (marginPx > 0) t.expandBy(t.getWidth() * marginPx / WebMercator.TILE_SIZE);
            if (t.intersects(m)) {
                bytes -= sizeOf(e.getValue());
                it.remove();
                dropped++;
            }
        }
        return dropped;
    }

    /** Drops every tile (a style or layer-set change). */
    public synchronized void clear() {
        epoch++;
        tiles.clear();
        bytes = 0;
    }

    public synchronized long epoch() { return epoch; }

    public synchronized long bytes() { return bytes; }

    public synchronized int size() { return tiles.size(); }

    public synchronized boolean contains(TileKey key) { return tiles.containsKey(key); }

    public synchronized long evictions() { return evictions; }

    public long maxBytes() { return maxBytes; }
}
