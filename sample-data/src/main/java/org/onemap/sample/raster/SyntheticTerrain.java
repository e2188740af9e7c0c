package org.onemap.sample.raster;

/**
 * A plausible — not real — elevation model of Xiangtan in metres: the Xiang (湘江) and Lian (涟水)
 * valleys at 30–60 m, red-soil hills of 50–150 m across the plain, and higher ground to the west and
 * south: 韶山 (韶峰, ~500 m), the 湘乡 western uplands (~700 m), the hills of southern 湘潭县. The
 * masses are Gaussian bumps roughened by fractal noise and flattened towards the rivers.
 */
final class SyntheticTerrain {
    /** Water level of the Xiang at Xiangtan, metres. */
    static final float RIVER_LEVEL = 30f;

    // lon, lat, peak height (m), radius (degrees): where the real high ground is, roughly
    private static final double[][] MASSES = {
            {112.08, 27.70, 560, 0.10},   // 湘乡 west (壶天, 褒忠山)
            {112.28, 27.90, 330, 0.09},   // 湘乡 north towards 韶山
            {112.49, 27.93, 400, 0.045},  // 韶山 韶峰
            {112.64, 27.53, 300, 0.08},   // 湘潭县 south (隐山, 乌石)
            {112.95, 27.43, 220, 0.09},   // 湘潭县 south-east
            {113.02, 27.96, 130, 0.018},  // 昭山 by the river
    };

    private final ValueNoise noise;

    SyntheticTerrain(long seed) {
        this.noise = new ValueNoise(seed);
    }

    /** Elevation at a cell centre, given its distance to the nearest river centreline in metres. */
    float elevation(double lon, double lat, double riverMetres) {
        double km = riverMetres / 1000;
        double plain = 34 + 26 * (1 - Math.exp(-km / 5)) + 8 * noise.fbm(lon / 0.05, lat / 0.05, 3);
        double away = 1 - Math.exp(-km / 1.5); // relief fades out on the flood plain
        double mass = 0;
        for (double[] m : MASSES) {
            double dx = (lon - m[0]) * Math.cos(Math.toRadians(lat));
            double dy = lat - m[1];
            mass += m[2] * Math.exp(-(dx * dx + dy * dy) / (2 * m[3] * m[3]));
        }
        double rough = 0.45 + 0.9 * noise.fbm(lon / 0.035 + 100, lat / 0.035, 5);
        double rolling = 70 * Math.pow(noise.fbm(lon / 0.02 - 50, lat / 0.02, 4), 2);
        double z = plain + away * (mass * rough + rolling);
        return (float) Math.max(RIVER_LEVEL + 1, z);
    }
}
