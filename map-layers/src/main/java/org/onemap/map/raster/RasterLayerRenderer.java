package org.onemap.map.raster;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.map.render.Viewport;

/**
 * Draws one raster layer into a Web Mercator {@link Viewport} image by inverse mapping: each screen
 * pixel centre goes Web Mercator → the raster's CRS → fractional source pixel, which is sampled
 * (nearest or bilinear) and coloured by the {@link RasterStyle}. The raster is reprojected on the fly,
 * whatever its CRS (lon/lat, Web Mercator, UTM, CGCS2000 Gauss-Kruger).
 *
 * <p>Cost stays proportional to the screen, not the file: the overview level matching the display
 * resolution is chosen, only the window under the view is decoded, and the CRS transform runs on a
 * coarse grid (every {@value #GRID} device pixels) that is interpolated in between — sub-pixel
 * accurate at map scales, because projections are smooth over a few pixels.
 *
 * <p>Immutable and thread-safe; tiles may be rendered in parallel.
 *
 * @throws RasterFormatException from the render methods if the file's pixels cannot be decoded; callers
 *     draw the other layers and report this one
 */
public final class RasterLayerRenderer {
    static final int GRID = 8;
    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LON_EQUATOR = 111_320;

    private final GeoRaster raster;
    private final RasterStyle style;
    private final double[] lo;
    private final double[] hi;

    public RasterLayerRenderer(GeoRaster raster, RasterStyle style) {
        this.raster = raster;
        this.style = style;
        int[] bands = style.bands();
        for (int b : bands) {
            if (b < 0 || b >= raster.bandCount()) {
                throw new IllegalArgumentException(raster.file().getFileName() + " has " + raster.bandCount() + " bands, style asks for band " + (b + 1));
            }
        }
        lo = new double[bands.length];
        hi = new double[bands.length];
        for (int i = 0; i < bands.length; i++) {
            lo[i] = style.min(i);
            hi[i] = style.max(i);
            if (Double.isNaN(lo[i]) || Double.isNaN(hi[i])) {
                BandStatistics s = BandStatistics.of(raster, bands[i]);
                if (Double.isNaN(lo[i])) lo[i] = s.p2();
                if (Double.isNaN(hi[i])) hi[i] = s.p98();
            }
            if (!(hi[i] > lo[i])) hi[i] = lo[i] + 1;
        }
    }

    public GeoRaster raster() { return raster; }

    public RasterStyle style() { return style; }

    /** The layer alone: an ARGB image of the viewport's device size, transparent where there is no data. */
    public BufferedImage render(Viewport view) {
        BufferedImage img = new BufferedImage(view.imageWidth(), view.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        paint(view, argb);
        return img;
    }

    /** Draws the layer over what {@code g} already holds (the style's opacity applies). */
    public void drawOn(Graphics2D g, Viewport view) {
        BufferedImage layer = render(view);
        var old = g.getComposite();
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(layer, 0, 0, null);
        g.setComposite(old);
    }

    private void paint(Viewport view, int[] argb) {
        int w = view.imageWidth();
        int h = view.imageHeight();
        CoordinateTransform toSource = CoordinateTransform.between(CrsRegistry.WEB_MERCATOR, raster.crs());
        RasterLevel level = raster.levelFor(sourceUnitsPerDevicePixel(view, toSource));
        SourceGrid grid = SourceGrid.of(view, toSource, level.transform(), GRID);
        double[] box = grid.bounds();
        if (box == null) return;
        int margin = style.kind() == RasterStyle.Kind.HILLSHADE ? 2 : 1;
        int c0 = (int) Math.floor(box[0]) - margin;
        int r0 = (int) Math.floor(box[1]) - margin;
        int c1 = (int) Math.ceil(box[2]) + margin;
        int r1 = (int) Math.ceil(box[3]) + margin;
        RasterWindow window = raster.read(level.index(), c0, r0, c1 - c0, r1 - r0);
        if (window.width() == 0) return;
        float[][] planes = planes(window);
        int alpha = (int) Math.round(style.opacity() * 255);
        boolean bilinear = style.resampling() == Resampling.BILINEAR;
        double[] pos = new double[2];
        double[] values = new double[planes.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!grid.sourcePixel(x, y, pos)) continue;
                double col = pos[0] - window.col0();
                double row = pos[1] - window.row0();
                if (!sample(planes, window.width(), window.height(), col, row, bilinear, values)) continue;
                int rgb = colour(values);
                if (rgb >= 0) argb[y * w + x] = alpha << 24 | rgb;
            }
        }
    }

    /** The arrays to sample: the style's bands, or the hillshade computed from the DEM band. */
    private float[][] planes(RasterWindow window) {
        int[] bands = style.bands();
        if (style.kind() != RasterStyle.Kind.HILLSHADE) {
            float[][] p = new float[bands.length][];
            for (int i = 0; i < bands.length; i++) p[i] = window.bands()[bands[i]];
            return p;
        }
        GeoTransform t = window.level().transform();
        double cellX = Math.abs(t.pixelWidth());
        double cellY = Math.abs(t.pixelHeight());
        if (CrsRegistry.isGeographic(raster.crs())) {
            // degrees → metres at the window's latitude, so slopes are not exaggerated ~100 000 times
            double lat = t.y(window.col0() + window.width() / 2.0, window.row0() + window.height() / 2.0);
            cellX *= METRES_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(lat));
            cellY *= METRES_PER_DEGREE_LAT;
        }
        return new float[][] {Hillshade.shade(window.bands()[bands[0]], window.width(), window.height(), cellX, cellY,
                style.azimuth(), style.altitude(), style.zFactor())};
    }

    private static boolean sample(float[][] planes, int w, int h, double col, double row, boolean bilinear, double[] out) {
        int nc = (int) Math.floor(col);
        int nr = (int) Math.floor(row);
        if (nc < 0 || nr < 0 || nc >= w || nr >= h) return false;
        if (bilinear) {
            double fx = col - 0.5;
            double fy = row - 0.5;
            int x0 = (int) Math.floor(fx);
            int y0 = (int) Math.floor(fy);
            double ax = fx - x0;
            double ay = fy - y0;
            int xa = Math.max(0, x0), xb = Math.min(w - 1, x0 + 1);
            int ya = Math.max(0, y0), yb = Math.min(h - 1, y0 + 1);
            boolean ok = true;
            for (int i = 0; i < planes.length && ok; i++) {
                float[] p = planes[i];
                double v = (p[ya * w + xa] * (1 - ax) + p[ya * w + xb] * ax) * (1 - ay)
                        + (p[yb * w + xa] * (1 - ax) + p[yb * w + xb] * ax) * ay;
                out[i] = v;
                ok = !Double.isNaN(v);
            }
            if (ok) return true; // next to nodata: fall back to the nearest pixel
        }
        for (int i = 0; i < planes.length; i++) {
            out[i] = planes[i][nr * w + nc];
            if (Double.isNaN(out[i])) return false;
        }
        return true;
    }

    /** RGB of the sampled values, or −1 for "draw nothing". */
    private int colour(double[] v) {
        if (style.kind() == RasterStyle.Kind.RGB) {
            return stretch(v[0], 0) << 16 | stretch(v[1], 1) << 8 | stretch(v[2], 2);
        }
        return style.ramp().rgb((v[0] - lo[0]) / (hi[0] - lo[0]));
    }

    private int stretch(double v, int i) {
        double t = (v - lo[i]) / (hi[i] - lo[i]);
        return (int) Math.round(255 * Math.max(0, Math.min(1, t)));
    }

    /** Source CRS units covered by one device pixel at the view centre (for the overview choice). */
    private static double sourceUnitsPerDevicePixel(Viewport view, CoordinateTransform toSource) {
        double step = view.resolution() / view.pixelRatio();
        try {
            double[] a = toSource.transform(view.centreX(), view.centreY());
            double[] b = toSource.transform(view.centreX() + step, view.centreY());
            double[] c = toSource.transform(view.centreX(), view.centreY() + step);
            return Math.sqrt(Math.hypot(b[0] - a[0], b[1] - a[1]) * Math.hypot(c[0] - a[0], c[1] - a[1]));
        } catch (IllegalArgumentException e) {
            return 0; // centre outside the CRS's domain: full resolution is always safe
        }
    }
}
