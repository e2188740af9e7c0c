package org.onemap.map.raster;

import java.util.Arrays;

/**
 * A continuous colour ramp: colours at positions 0…1, linearly blended between. The style maps a
 * band value to a position with its min/max ({@code (v - min) / (max - min)}), clamped to the ends.
 * Immutable; {@link #argb} is the per-pixel hot path, so it is a plain search over a few stops.
 */
public final class ColorRamp {
    private final double[] positions;
    private final int[] colours;

    private ColorRamp(double[] positions, int[] colours) {
        this.positions = positions;
        this.colours = colours;
    }

    /**
     * A ramp from {@code positions} (ascending, first 0, last 1) and RGB colours ({@code 0xRRGGBB}).
     */
    public static ColorRamp of(double[] positions, int[] rgb) {
        if (positions.length != rgb.length || positions.length < 2) {
            throw new IllegalArgumentException("a ramp needs ≥ 2 stops with one colour each");
        }
        for (int i = 1; i < positions.length; i++) {
            if (!(positions[i] > positions[i - 1])) throw new IllegalArgumentException("ramp positions must ascend: " + Arrays.toString(positions));
        }
        return new ColorRamp(positions.clone(), rgb.clone());
    }

    /** Black to white. */
    public static ColorRamp grey() {
        return of(new double[] {0, 1}, new int[] {0x000000, 0xffffff});
    }

    /**
     * NDVI over −1…1 (use min −1, max 1): water blue below 0, bare soil and built-up brown near 0–0.15,
     * sparse vegetation yellow near 0.3, crops and forest from light to dark green above 0.5.
     */
    public static ColorRamp ndvi() {
        return of(new double[] {0, 0.495, 0.5, 0.575, 0.65, 0.75, 0.9, 1},
                new int[] {0x08306b, 0x6baed6, 0x8c6239, 0xc8a165, 0xf0e07a, 0x9ccf5a, 0x2e8b3a, 0x0b4f1c});
    }

    /** Hypsometric tints for elevation: lowland green, hills yellow-brown, peaks pale. */
    public static ColorRamp terrain() {
        return of(new double[] {0, 0.12, 0.3, 0.55, 0.8, 1},
                new int[] {0x2f7d3a, 0x8fbf5a, 0xe9df8f, 0xc08a4a, 0x8a6a5a, 0xf4f0ec});
    }

    /** The RGB ({@code 0xRRGGBB}) at position {@code t}, clamped to [0, 1]. */
    public int rgb(double t) {
        if (!(t > positions[0])) return colours[0];
        int last = positions.length - 1;
        if (t >= positions[last]) return colours[last];
        int i = 1;
        while (positions[i] < t) i++;
        double f = (t - positions[i - 1]) / (positions[i] - positions[i - 1]);
        int a = colours[i - 1];
        int b = colours[i];
        int r = mix(a >> 16 & 0xff, b >> 16 & 0xff, f);
        int g = mix(a >> 8 & 0xff, b >> 8 & 0xff, f);
        int bl = mix(a & 0xff, b & 0xff, f);
        return r << 16 | g << 8 | bl;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
