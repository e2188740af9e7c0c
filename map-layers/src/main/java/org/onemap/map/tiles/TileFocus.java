package org.onemap.map.tiles;

import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;

/**
 * The tiles a map shows now: zoom {@code z}, columns {@code minX..maxX} and rows {@code minY..maxY}
 * (inclusive), and the view's centre in tile units. Tiles asked for beyond it (the margin a map
 * loads around the screen, views already left) can wait.
 */
public record TileFocus(int z, long minX, long minY, long maxX, long maxY, double centreX, double centreY) {
    /** A view edge this close to a tile edge (tile units, after the lon/lat round trip) is on it. */
    private static final double EDGE = 1e-7;

    /** The tiles of level {@code z} under a lon/lat extent (a map's view). */
    public static TileFocus of(Envelope lonLat, int z) {
        long last = (1L << z) - 1;
        double x0 = WebMercator.tileX(lonLat.getMinX(), z);
        double x1 = WebMercator.tileX(lonLat.getMaxX(), z);
        double y0 = WebMercator.tileY(WebMercator.clampLatitude(lonLat.getMaxY()), z);   // north edge: smaller rows
        double y1 = WebMercator.tileY(WebMercator.clampLatitude(lonLat.getMinY()), z);
        return new TileFocus(z, clamp((long) Math.floor(x0 + EDGE), last), clamp((long) Math.floor(y0 + EDGE), last),
                clamp((long) Math.ceil(x1 - EDGE) - 1, last), clamp((long) Math.ceil(y1 - EDGE) - 1, last), (x0 + x1) / 2, (y0 + y1) / 2);
    }

    private static long clamp(long v, long last) { return Math.max(0, Math.min(last, v)); }

    /** Whether the tile is one the view shows. */
    public boolean contains(TileKey k) {
        return k.z() == z && k.x() >= minX && k.x() <= maxX && k.y() >= minY && k.y() <= maxY;
    }

    /** Squared distance (tile units) from the tile's centre to the view's. */
    double distanceSq(TileKey k) {
        double dx = k.x() + 0.5 - centreX;
        double dy = k.y() + 0.5 - centreY;
        return dx * dx + dy * dy;
    }
}
