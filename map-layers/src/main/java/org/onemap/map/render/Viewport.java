package org.onemap.map.render;

import java.awt.geom.Point2D;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.WebMercator;

/**
 * What part of the world a map image shows, in Web Mercator (EPSG:3857): a centre, a resolution in
 * projected metres per logical pixel, a size in logical pixels and a device pixel ratio (2 on a 4K
 * wall at 200 %). The image is {@link #imageWidth()} × {@link #imageHeight()} device pixels.
 *
 * <p>Pixel coordinates from {@link #toPixelX}/{@link #toPixelY} are logical, origin at the top-left.
 * Immutable and thread-safe: a pan or zoom is a new value.
 */
public final class Viewport {
    /** The OGC "standardized rendering pixel": 0.28 mm, for scale denominators. */
    public static final double STANDARD_PIXEL_METRES = 0.00028;
    private static final double WGS84_E2 = 0.00669437999014;

    private final double centreX;
    private final double centreY;
    private final double resolution;
    private final int width;
    private final int height;
    private final double pixelRatio;

    private Viewport(double centreX, double centreY, double resolution, int width, int height, double pixelRatio) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("viewport size must be positive: " + width + "x" + height);
        if (!(resolution > 0) || Double.isInfinite(resolution)) throw new IllegalArgumentException("resolution must be > 0: " + resolution);
        if (!(pixelRatio > 0) || Double.isInfinite(pixelRatio)) throw new IllegalArgumentException("pixel ratio must be > 0: " + pixelRatio);
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) throw new IllegalArgumentException("centre must be finite");
        this.centreX = centreX;
        this.centreY = centreY;
        this.resolution = resolution;
        this.width = width;
        this.height = height;
        this.pixelRatio = pixelRatio;
    }

    /** A view centred on projected metres {@code (x, y)} with {@code resolution} projected metres per logical pixel. */
    public static Viewport ofMercator(double x, double y, double resolution, int width, int height, double pixelRatio) {
        return new Viewport(x, y, resolution, width, height, pixelRatio);
    }

    /** A view centred on a lon/lat with {@code resolution} projected (not ground) metres per logical pixel. */
    public static Viewport of(double centreLon, double centreLat, double resolution, int width, int height, double pixelRatio) {
        return new Viewport(WebMercator.x(centreLon), WebMercator.y(centreLat), resolution, width, height, pixelRatio);
    }

    /** The smallest view of {@code width} × {@code height} logical pixels that shows the whole lon/lat box. */
    public static Viewport fit(Envelope lonLatBbox, int width, int height) {
        return fit(lonLatBbox, width, height, 1);
    }

    /**
     * The smallest view that shows the whole lon/lat box, centred on it; the other axis shows more. A
     * point-sized box gives 1 m per pixel around the point.
     */
    public static Viewport fit(Envelope lonLatBbox, int width, int height, double pixelRatio) {
        if (lonLatBbox == null || lonLatBbox.isNull()) throw new IllegalArgumentException("cannot fit an empty bbox");
        double x0 = WebMercator.x(lonLatBbox.getMinX());
        double x1 = WebMercator.x(lonLatBbox.getMaxX());
        double y0 = WebMercator.y(lonLatBbox.getMinY());
        double y1 = WebMercator.y(lonLatBbox.getMaxY());
        double res = Math.max((x1 - x0) / width, (y1 - y0) / height);
        if (!(res > 0)) res = 1;
        return new Viewport((x0 + x1) / 2, (y0 + y1) / 2, res, width, height, pixelRatio);
    }

    /** The view of OSM/XYZ tile {@code z/x/y}: 256 logical pixels square. */
    public static Viewport ofTile(int z, long x, long y, double pixelRatio) {
        double span = 2 * WebMercator.HALF_WORLD / Math.pow(2, z);
        double cx = -WebMercator.HALF_WORLD + (x + 0.5) * span;
        double cy = WebMercator.HALF_WORLD - (y + 0.5) * span;
        return new Viewport(cx, cy, span / WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, pixelRatio);
    }

    public int width() { return width; }

    public int height() { return height; }

    public double pixelRatio() { return pixelRatio; }

    /** Width of the image in device pixels. */
    public int imageWidth() { return (int) Math.round(width * pixelRatio); }

    /** Height of the image in device pixels. */
    public int imageHeight() { return (int) Math.round(height * pixelRatio); }

    /** Projected x of the centre, metres. */
    public double centreX() { return centreX; }

    /** Projected y of the centre, metres. */
    public double centreY() { return centreY; }

    public double centreLon() { return WebMercator.lonOfX(centreX); }

    public double centreLat() { return WebMercator.latOfY(centreY); }

    /** Projected (Web Mercator) metres per logical pixel; the same everywhere in the view. */
    public double resolution() { return resolution; }

    /**
     * Ground metres per logical pixel at the centre latitude, along the parallel on the WGS84
     * ellipsoid (Mercator stretches by 1/cos φ): what a scale bar at the centre should measure.
     */
    public double metresPerPixel() {
        double phi = Math.toRadians(centreLat());
        double s = Math.sin(phi);
        return resolution * Math.cos(phi) / Math.sqrt(1 - WGS84_E2 * s * s);
    }

    /** Scale denominator at the centre (50 000 for 1:50 000), with the OGC 0.28 mm logical pixel. */
    public double scaleDenominator() { return metresPerPixel() / STANDARD_PIXEL_METRES; }

    /** Fractional OSM zoom level (0 = the world in one 256-px tile). */
    public double zoom() {
        return Math.log(2 * WebMercator.HALF_WORLD / (WebMercator.TILE_SIZE * resolution)) / Math.log(2);
    }

    /** Logical pixel x of a longitude. */
    public double toPixelX(double lon) { return (WebMercator.x(lon) - centreX) / resolution + width / 2.0; }

    /** Logical pixel y of a latitude (down is positive). */
    public double toPixelY(double lat) { return (centreY - WebMercator.y(lat)) / resolution + height / 2.0; }

    /** Logical pixel position of a lon/lat. */
    public Point2D.Double toPixel(double lon, double lat) { return new Point2D.Double(toPixelX(lon), toPixelY(lat)); }

    /** Lon/lat (x = lon, y = lat) of a logical pixel position. */
    public Point2D.Double toLonLat(double px, double py) {
        return new Point2D.Double(WebMercator.lonOfX(mercatorX(px)), WebMercator.latOfY(mercatorY(py)));
    }

    /** Projected x of a logical pixel x. */
    public double mercatorX(double px) { return centreX + (px - width / 2.0) * resolution; }

    /** Projected y of a logical pixel y. */
    public double mercatorY(double py) { return centreY - (py - height / 2.0) * resolution; }

    /** The view's extent in projected metres. */
    public Envelope mercatorBounds() {
        return new Envelope(mercatorX(0), mercatorX(width), mercatorY(height), mercatorY(0));
    }

    /** The view's extent in lon/lat: the box to query the data with. */
    public Envelope lonLatBounds() {
        return new Envelope(WebMercator.lonOfX(mercatorX(0)), WebMercator.lonOfX(mercatorX(width)),
                WebMercator.latOfY(mercatorY(height)), WebMercator.latOfY(mercatorY(0)));
    }

    /** The same view grown by {@code margin} logical pixels on every side (for reading a label buffer). */
    public Viewport expandedBy(int margin) {
        return new Viewport(centreX, centreY, resolution, width + 2 * margin, height + 2 * margin, pixelRatio);
    }

    public Viewport withSize(int w, int h) { return new Viewport(centreX, centreY, resolution, w, h, pixelRatio); }

    public Viewport withPixelRatio(double ratio) { return new Viewport(centreX, centreY, resolution, width, height, ratio); }

    public Viewport withCentre(double lon, double lat) {
        return new Viewport(WebMercator.x(lon), WebMercator.y(lat), resolution, width, height, pixelRatio);
    }

    /** Zoomed in by {@code factor} (2 = twice as detailed) about the centre. */
    public Viewport zoomedBy(double factor) {
        return new Viewport(centreX, centreY, resolution / factor, width, height, pixelRatio);
    }

    /** Moved by logical pixels: positive {@code dx} shows what was to the right. */
    public Viewport pannedBy(double dx, double dy) {
        return new Viewport(centreX + dx * resolution, centreY - dy * resolution, resolution, width, height, pixelRatio);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Viewport v && v.centreX == centreX && v.centreY == centreY && v.resolution == resolution
                && v.width == width && v.height == height && v.pixelRatio == pixelRatio;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(centreX, centreY, resolution, width, height, pixelRatio);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Viewport[%.6f,%.6f %dx%d@%.2f 1:%.0f]", centreLon(), centreLat(),
                width, height, pixelRatio, scaleDenominator());
    }
}
