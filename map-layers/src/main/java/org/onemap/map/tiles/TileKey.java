package org.onemap.map.tiles;

import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;

/** An OSM-scheme (XYZ) tile: zoom {@code z}, column {@code x} from the antimeridian, row {@code y} from the north. */
public record TileKey(int z, long x, long y) {
    public TileKey {
        if (z < 0 || z > 30) throw new IllegalArgumentException("tile zoom must be in 0..30: " + z);
        long n = 1L << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " is outside the " + n + "x" + n + " grid");
        }
    }

    /** The tile's extent in lon/lat. */
    public Envelope lonLatBounds() {
        return new Envelope(WebMercator.lon(x, z), WebMercator.lon(x + 1, z), WebMercator.lat(y + 1, z), WebMercator.lat(y, z));
    }

    /** The tile's extent in Web Mercator metres. */
    public Envelope mercatorBounds() {
        double span = 2 * WebMercator.HALF_WORLD / (1L << z);
        double x0 = -WebMercator.HALF_WORLD + x * span;
        double y0 = WebMercator.HALF_WORLD - (y + 1) * span;
        return new Envelope(x0, x0 + span, y0, y0 + span);
    }

    @Override
    public String toString() { return z + "/" + x + "/" + y; }
}
