package org.onemap.map.raster;

import java.util.Arrays;

/**
 * Value range of one band, measured on the coarsest overview (cheap, and enough for a display
 * stretch): minimum, maximum and the 2 % / 98 % percentiles that a "cumulative cut" stretch uses.
 */
public record BandStatistics(double min, double max, double p2, double p98, long validPixels) {

    /** Statistics of {@code band} over the coarsest level of {@code raster}, ignoring nodata. */
    public static BandStatistics of(GeoRaster raster, int band) {
        RasterLevel coarse = raster.levels().get(raster.levels().size() - 1);
        float[] values = raster.read(coarse.index(), 0, 0, coarse.width(), coarse.height()).bands()[band];
        float[] valid = new float[values.length];
        int n = 0;
        for (float v : values) if (!Float.isNaN(v)) valid[n++] = v;
        if (n == 0) return new BandStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        Arrays.sort(valid, 0, n);
        return new BandStatistics(valid[0], valid[n - 1], valid[(int) ((n - 1) * 0.02)], valid[(int) ((n - 1) * 0.98)], n);
    }
}
