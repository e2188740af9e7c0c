package org.onemap.app.live;

/**
 * The picture of one kind of live marker (a filled disc or square with an outline), rasterised once into
 * ARGB pixels: the wall then copies the same image for each of hundreds of devices every frame instead of
 * antialiasing hundreds of stroked shapes (BENCHMARKS.md, "Wall display soak": Marlin rasterising the
 * markers was most of the render thread). Pure arithmetic, no JavaFX, so it is tested without a toolkit.
 */
public final class MarkerSprite {
    /** Outline of the marker. */
    public enum Shape { DISC, SQUARE }

    private static final int SUB = 4; // 4×4 samples per pixel: antialiasing as smooth as Prism's

    private final int size;
    private final int[] argb;

    private MarkerSprite(int size, int[] argb) {
        this.size = size;
        this.argb = argb;
    }

    /**
     * A marker of {@code extent} pixels across (outline included), filled with {@code fill} and outlined
     * {@code outlineWidth} pixels wide in {@code outline}, both non-premultiplied ARGB. The image is that
     * many whole pixels plus one, so the shape's centre sits on a pixel centre when the size is even.
     */
    public static MarkerSprite render(Shape shape, double extent, double outlineWidth, int fill, int outline) {
        int size = (int) Math.ceil(extent) + 1;
        double c = size / 2.0;
        double r = extent / 2.0;
        double inner = Math.max(0, r - outlineWidth);
        int[] px = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int inFill = 0;
                int inOutline = 0;
                for (int sy = 0; sy < SUB; sy++) {
                    for (int sx = 0; sx < SUB; sx++) {
                        double dx = x + (sx + 0.5) / SUB - c;
                        double dy = y + (sy + 0.5) / SUB - c;
                        double d = shape == Shape.DISC ? Math.hypot(dx, dy) : Math.max(Math.abs(dx), Math.abs(dy));
                        if (d <= inner) inFill++;
                        else if (d <= r) inOutline++;
                    }
                }
                px[y * size + x] = mix(fill, inFill, outline, inOutline);
            }
        }
        return new MarkerSprite(size, px);
    }

    /** The colour of a pixel covered {@code a}/16 by colour {@code ca} and {@code b}/16 by {@code cb}. */
    private static int mix(int ca, int a, int cb, int b) {
        int n = SUB * SUB;
        double wa = a * alpha(ca) / n;
        double wb = b * alpha(cb) / n;
        double alpha = wa + wb;
        if (alpha <= 0) return 0;
        int red = (int) Math.round((wa * channel(ca, 16) + wb * channel(cb, 16)) / alpha);
        int green = (int) Math.round((wa * channel(ca, 8) + wb * channel(cb, 8)) / alpha);
        int blue = (int) Math.round((wa * channel(ca, 0) + wb * channel(cb, 0)) / alpha);
        return (int) Math.round(alpha * 255) << 24 | red << 16 | green << 8 | blue;
    }

    private static double alpha(int argb) { return (argb >>> 24) / 255.0; }

    private static int channel(int argb, int shift) { return argb >> shift & 0xff; }

    /** Width and height in pixels. */
    public int size() { return size; }

    /** Non-premultiplied ARGB, row by row (a copy). */
    public int[] argb() { return argb.clone(); }

    /** Premultiplied ARGB, row by row (a copy), as screens take it. */
    public int[] argbPre() {
        int[] pre = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int a = argb[i] >>> 24;
            pre[i] = a << 24 | premultiply(argb[i], 16, a) << 16 | premultiply(argb[i], 8, a) << 8 | premultiply(argb[i], 0, a);
        }
        return pre;
    }

    private static int premultiply(int argb, int shift, int alpha) { return (channel(argb, shift) * alpha + 127) / 255; }

    /** One pixel, non-premultiplied ARGB. */
    public int pixel(int x, int y) { return argb[y * size + x]; }
}
