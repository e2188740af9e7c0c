package org.onemap.map.raster;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.locationtech.jts.geom.Envelope;

/**
 * A georeferenced raster opened from a GeoTIFF: size, bands, sample type, geotransform, CRS, nodata
 * and overview levels. Samples are decoded on demand, window by window ({@link #read}); only the
 * TIFF directories are parsed when the file is opened (see {@link GeoTiffReader} on memory).
 *
 * <p>Thread-safe: reads are serialised because the TIFF byte reader keeps a position.
 */
public final class GeoRaster {
    /** Levels up to this many pixels are decoded whole once and kept (softly) for every later window. */
    static final long WHOLE_LEVEL_PIXELS = 4_000_000;

    private final Path file;
    private final int bands;
    private final RasterDataType dataType;
    private final String crs;
    private final double noData;
    private final List<RasterLevel> levels;
    private final String description;
    private final WindowDecoder decoder;
    private final SoftReference<float[][]>[] wholeLevels;

    /** Decodes a window of one level (the TIFF library behind it), with nodata already turned into NaN. */
    interface WindowDecoder {
        float[][] decode(int level, int col0, int row0, int width, int height);
    }

    GeoRaster(Path file, int bands, RasterDataType dataType, String crs, double noData, List<RasterLevel> levels,
              String description, WindowDecoder decoder) {
        this.file = file;
        this.bands = bands;
        this.dataType = dataType;
        this.crs = crs;
        this.noData = noData;
        this.levels = List.copyOf(levels);
        this.description = description;
        this.decoder = decoder;
        @SuppressWarnings("unchecked")
        SoftReference<float[][]>[] cache = new SoftReference[levels.size()];
        this.wholeLevels = cache;
    }

    /** The file this raster was read from. */
    public Path file() { return file; }

    /** Full-resolution width in pixels. */
    public int width() { return levels.get(0).width(); }

    /** Full-resolution height in pixels. */
    public int height() { return levels.get(0).height(); }

    /** Number of bands (samples per pixel). */
    public int bandCount() { return bands; }

    public RasterDataType dataType() { return dataType; }

    /** Canonical CRS id, e.g. {@code "EPSG:4547"}, usable with {@code CoordinateTransform.between}. */
    public String crs() { return crs; }

    /** The full-resolution geotransform (pixel-is-area, corner of pixel (0,0) at the origin). */
    public GeoTransform transform() { return levels.get(0).transform(); }

    /** The nodata value from the GDAL_NODATA tag, or NaN when the file declares none. */
    public double noData() { return noData; }

    /** The TIFF ImageDescription (e.g. a "generated" label), or an empty string. */
    public String description() { return description; }

    /** Level 0 (full resolution) followed by the overviews, finest first. */
    public List<RasterLevel> levels() { return levels; }

    /** The extent in the raster's CRS. */
    public Envelope envelope() { return transform().envelope(width(), height()); }

    /**
     * The coarsest level whose pixels are no larger than {@code crsUnitsPerPixel} (the display
     * resolution expressed in the raster's CRS), so the picture is never blurrier than the screen;
     * level 0 when even that is coarser than asked.
     */
    public RasterLevel levelFor(double crsUnitsPerPixel) {
        RasterLevel best = levels.get(0);
        for (RasterLevel l : levels) {
            if (l.transform().meanPixelSize() <= crsUnitsPerPixel * 1.0001
                    && l.transform().meanPixelSize() > best.transform().meanPixelSize()) {
                best = l;
            }
        }
        return best;
    }

    /**
     * Decodes a window of {@code level}; the rectangle is clipped to the level, and an empty window
     * (0 × 0) is returned when nothing is left.
     *
     * @throws RasterFormatException if the strips or tiles under the window cannot be decoded
     */
    public RasterWindow read(int level, int col0, int row0, int width, int height) {
        RasterLevel l = levels.get(level);
        int c0 = Math.max(0, col0);
        int r0 = Math.max(0, row0);
        int c1 = Math.min(l.width(), col0 + width);
        int r1 = Math.min(l.height(), row0 + height);
        if (c1 <= c0 || r1 <= r0) return new RasterWindow(l, c0, r0, 0, 0, emptyBands(n -> new float[0]));
        float[][] data;
        synchronized (this) {
            if ((long) l.width() * l.height() <= WHOLE_LEVEL_PIXELS) {
                // tiles of one view hit the same small level again and again: decode it once
                data = copy(wholeLevel(l), l.width(), c0, r0, c1 - c0, r1 - r0);
            } else {
                data = decoder.decode(level, c0, r0, c1 - c0, r1 - r0);
            }
        }
        return new RasterWindow(l, c0, r0, c1 - c0, r1 - r0, data);
    }

    /**
     * The full-resolution value of {@code band} (0-based) at pixel (col, row); NaN for nodata. A spot
     * read that decodes the strip or tile around the pixel: use {@link #read} for many pixels.
     */
    public double value(int band, int col, int row) {
        if (band < 0 || band >= bands) throw new IndexOutOfBoundsException("band " + band + " of " + bands);
        if (col < 0 || row < 0 || col >= width() || row >= height()) {
            throw new IndexOutOfBoundsException("pixel (" + col + ", " + row + ") outside " + width() + "x" + height());
        }
        return read(0, col, row, 1, 1).value(band, col, row);
    }

    private float[][] wholeLevel(RasterLevel l) {
        SoftReference<float[][]> ref = wholeLevels[l.index()];
        float[][] all = ref == null ? null : ref.get();
        if (all == null) {
            all = decoder.decode(l.index(), 0, 0, l.width(), l.height());
            wholeLevels[l.index()] = new SoftReference<>(all);
        }
        return all;
    }

    private static float[][] copy(float[][] all, int levelWidth, int c0, int r0, int w, int h) {
        float[][] out = new float[all.length][w * h];
        for (int b = 0; b < all.length; b++) {
            for (int r = 0; r < h; r++) System.arraycopy(all[b], (r0 + r) * levelWidth + c0, out[b], r * w, w);
        }
        return out;
    }

    private float[][] emptyBands(IntFunction<float[]> f) {
        float[][] b = new float[bands][];
        for (int i = 0; i < bands; i++) b[i] = f.apply(i);
        return b;
    }

    @Override
    public String toString() {
        return "GeoRaster[" + file.getFileName() + " " + width() + "x" + height() + "x" + bands + " " + dataType + " " + crs
                + ", " + (levels.size() - 1) + " overviews]";
    }
}
