package org.onemap.map.raster;

import java.util.Arrays;

/**
 * How a raster layer is drawn: one band through a colour ramp, three bands as red/green/blue, or a
 * DEM as hillshade; plus per-band stretch, opacity and resampling. Immutable: the {@code with…}
 * methods return a changed copy, so a style change is a new value (and invalidates that layer only).
 *
 * <p>A stretch bound that is NaN means "measure it" (2 %–98 % of the band, see {@link BandStatistics}).
 */
public final class RasterStyle {
    /** What the style draws. */
    public enum Kind { RAMP, RGB, HILLSHADE }

    private final Kind kind;
    private final int[] bands;
    private final double[] min;
    private final double[] max;
    private final ColorRamp ramp;
    private final double opacity;
    private final Resampling resampling;
    private final double azimuth;
    private final double altitude;
    private final double zFactor;

    private RasterStyle(Kind kind, int[] bands, double[] min, double[] max, ColorRamp ramp, double opacity,
                        Resampling resampling, double azimuth, double altitude, double zFactor) {
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("opacity must be within 0…1: " + opacity);
        this.kind = kind;
        this.bands = bands;
        this.min = min;
        this.max = max;
        this.ramp = ramp;
        this.opacity = opacity;
        this.resampling = resampling;
        this.azimuth = azimuth;
        this.altitude = altitude;
        this.zFactor = zFactor;
    }

    /** Band {@code band} (0-based) through {@code ramp}, stretched from {@code min} to {@code max}. */
    public static RasterStyle ramp(int band, ColorRamp ramp, double min, double max) {
        return new RasterStyle(Kind.RAMP, new int[] {band}, new double[] {min}, new double[] {max}, ramp, 1,
                Resampling.BILINEAR, 315, 45, 1);
    }

    /** An NDVI band on the brown → yellow → green ramp over its natural range −1…1. */
    public static RasterStyle ndvi(int band) {
        return ramp(band, ColorRamp.ndvi(), -1, 1);
    }

    /** Elevation in hypsometric tints, stretched to the measured 2–98 % range. */
    public static RasterStyle terrain(int band) {
        return ramp(band, ColorRamp.terrain(), Double.NaN, Double.NaN);
    }

    /**
     * Bands {@code red}, {@code green}, {@code blue} (0-based) as a colour composite (e.g. 3,2,1 of a
     * Landsat-like stack for false-colour infrared), each stretched to its measured 2–98 % range.
     */
    public static RasterStyle rgb(int red, int green, int blue) {
        double[] nan = {Double.NaN, Double.NaN, Double.NaN};
        return new RasterStyle(Kind.RGB, new int[] {red, green, blue}, nan, nan.clone(), null, 1, Resampling.NEAREST, 315, 45, 1);
    }

    /** Shaded relief of a DEM band: Horn's slope, sun at azimuth 315° and altitude 45°, no exaggeration. */
    public static RasterStyle hillshade(int band) {
        return new RasterStyle(Kind.HILLSHADE, new int[] {band}, new double[] {0}, new double[] {255}, ColorRamp.grey(), 1,
                Resampling.BILINEAR, 315, 45, 1);
    }

    public RasterStyle withOpacity(double opacity) {
        return new RasterStyle(kind, bands, min, max, ramp, opacity, resampling, azimuth, altitude, zFactor);
    }

    public RasterStyle withResampling(Resampling r) {
        return new RasterStyle(kind, bands, min, max, ramp, opacity, r, azimuth, altitude, zFactor);
    }

    /** Stretch of the {@code i}-th drawn band (0 for ramps, 0–2 for RGB) from {@code lo} to {@code hi}. */
    public RasterStyle withStretch(int i, double lo, double hi) {
        double[] mn = min.clone();
        double[] mx = max.clone();
        mn[i] = lo;
        mx[i] = hi;
        return new RasterStyle(kind, bands, mn, mx, ramp, opacity, resampling, azimuth, altitude, zFactor);
    }

    /** Sun position and vertical exaggeration for {@link Kind#HILLSHADE}. */
    public RasterStyle withSun(double azimuthDegrees, double altitudeDegrees, double verticalExaggeration) {
        return new RasterStyle(kind, bands, min, max, ramp, opacity, resampling, azimuthDegrees, altitudeDegrees, verticalExaggeration);
    }

    public Kind kind() { return kind; }

    /** The source bands drawn (0-based): one, or red/green/blue. */
    public int[] bands() { return bands.clone(); }

    public double min(int i) { return min[i]; }

    public double max(int i) { return max[i]; }

    public ColorRamp ramp() { return ramp; }

    public double opacity() { return opacity; }

    public Resampling resampling() { return resampling; }

    public double azimuth() { return azimuth; }

    public double altitude() { return altitude; }

    /** Vertical exaggeration applied to elevations (1 = true relief). */
    public double zFactor() { return zFactor; }

    @Override
    public String toString() {
        return "RasterStyle[" + kind + " bands " + Arrays.toString(bands) + " opacity " + opacity + "]";
    }
}
