package org.onemap.map.raster;

/**
 * Shaded relief from a DEM grid by Horn's (1981) method, as {@code gdaldem hillshade} computes it:
 * slope and aspect from the 3 × 3 neighbourhood weighted 1-2-1, lit by a sun at a given azimuth
 * (clockwise from north) and altitude. Output is brightness 0…255; flat ground under a 45° sun is 180.
 */
public final class Hillshade {
    private Hillshade() {}

    /**
     * Shades a row-major {@code width} × {@code height} elevation grid (metres) whose cells are
     * {@code cellX} × {@code cellY} metres. Edge cells reuse their nearest neighbours; a cell next to
     * nodata (NaN) is NaN.
     */
    public static float[] shade(float[] dem, int width, int height, double cellX, double cellY,
                                double azimuthDegrees, double altitudeDegrees, double zFactor) {
        float[] out = new float[width * height];
        double zenith = Math.toRadians(90 - altitudeDegrees);
        double sunAzimuth = Math.toRadians(360 - azimuthDegrees + 90); // compass → maths angle
        double cosZenith = Math.cos(zenith);
        // sin(zenith)·cos/sin(sun azimuth), folded so each cell needs one square root and no trigonometry
        double sx = Math.sin(zenith) * Math.cos(sunAzimuth);
        double sy = Math.sin(zenith) * Math.sin(sunAzimuth);
        for (int r = 0; r < height; r++) {
            int up = Math.max(r - 1, 0) * width;
            int mid = r * width;
            int down = Math.min(r + 1, height - 1) * width;
            for (int c = 0; c < width; c++) {
                int left = Math.max(c - 1, 0);
                int right = Math.min(c + 1, width - 1);
                double a = dem[up + left], b = dem[up + c], cc = dem[up + right];
                double d = dem[mid + left], f = dem[mid + right];
                double g = dem[down + left], h = dem[down + c], i = dem[down + right];
                double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / (8 * cellX) * zFactor;
                double dzdy = ((g + 2 * h + i) - (a + 2 * b + cc)) / (8 * cellY) * zFactor;
                // cos z·cos slope + sin z·sin slope·cos(az − aspect), with aspect = atan2(dzdy, −dzdx)
                double lit = (cosZenith + sy * dzdy - sx * dzdx) / Math.sqrt(1 + dzdx * dzdx + dzdy * dzdy);
                out[mid + c] = (float) Math.max(0, 255 * lit); // NaN neighbours propagate to NaN
            }
        }
        return out;
    }
}
