package org.onemap.thematic.palette;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named colour scheme for thematic maps. Every built-in palette is colour-blind safe: the
 * ColorBrewer schemes (Cynthia Brewer, colorbrewer2.org) flagged safe for deuteranopia, protanopia and
 * tritanopia, and the Okabe–Ito qualitative set (Okabe &amp; Ito 2008, "Color Universal Design").
 * Sequential and diverging palettes are stored as their largest ColorBrewer ramp and sampled evenly
 * (interpolating in RGB between anchors), so any number of classes works and an odd count of a
 * diverging palette keeps the neutral midpoint.
 */
public final class Palette {
    /** What the colours encode. */
    public enum Kind { SEQUENTIAL, DIVERGING, QUALITATIVE }

    public static final Palette YL_GN = seq("YlGn", "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 006837 004529");
    public static final Palette BLUES = seq("Blues", "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b");
    public static final Palette OR_RD = seq("OrRd", "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f b30000 7f0000");
    public static final Palette YL_OR_RD = seq("YlOrRd", "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026");
    public static final Palette RD_YL_BU = new Palette("RdYlBu", Kind.DIVERGING,
            hex("a50026 d73027 f46d43 fdae61 fee090 ffffbf e0f3f8 abd9e9 74add1 4575b4 313695"));
    public static final Palette BR_BG = new Palette("BrBG", Kind.DIVERGING,
            hex("543005 8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e 003c30"));
    /** Okabe–Ito: eight hues distinguishable under every common colour-vision deficiency. */
    public static final Palette OKABE_ITO = new Palette("OkabeIto", Kind.QUALITATIVE,
            hex("e69f00 56b4e9 009e73 f0e442 0072b2 d55e00 cc79a7 000000"));

    private static final List<Palette> ALL = List.of(YL_GN, BLUES, OR_RD, YL_OR_RD, RD_YL_BU, BR_BG, OKABE_ITO);

    private final String name;
    private final Kind kind;
    private final Color[] anchors;

    private Palette(String name, Kind kind, Color[] anchors) {
        this.name = name;
        this.kind = kind;
        this.anchors = anchors;
    }

    public String name() { return name; }

    public Kind kind() { return kind; }

    /** Most classes this palette can tell apart: unbounded for ramps, the hue count for qualitative sets. */
    public int maxClasses() { return kind == Kind.QUALITATIVE ? anchors.length : Integer.MAX_VALUE; }

    /**
     * {@code k} colours, lightest (or the negative end) first. Qualitative palettes give their first
     * {@code k} hues and refuse more than they have, since repeated hues would make two classes look alike.
     */
    public List<Color> colors(int k) {
        if (k < 1) throw new IllegalArgumentException("a palette needs at least 1 class, got " + k);
        List<Color> out = new ArrayList<>(k);
        if (kind == Kind.QUALITATIVE) {
            if (k > anchors.length) {
                throw new IllegalArgumentException(name + " tells apart at most " + anchors.length + " categories, asked for " + k);
            }
            for (int i = 0; i < k; i++) out.add(anchors[i]);
            return out;
        }
        if (k == 1) {
            out.add(anchors[anchors.length / 2]);
            return out;
        }
        for (int i = 0; i < k; i++) out.add(at((double) i / (k - 1)));
        return out;
    }

    /** The ramp colour at {@code t} in [0, 1]. */
    private Color at(double t) {
        double pos = t * (anchors.length - 1);
        int lo = (int) Math.floor(pos);
        if (lo >= anchors.length - 1) return anchors[anchors.length - 1];
        double f = pos - lo;
        Color a = anchors[lo], b = anchors[lo + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Every built-in palette. */
    public static List<Palette> all() { return ALL; }

    /** A built-in palette by name, case-insensitively ({@code YlGn}, {@code RdYlBu}, {@code OkabeIto} …). */
    public static Palette named(String name) {
        Objects.requireNonNull(name, "name");
        for (Palette p : ALL) if (p.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return p;
        throw new IllegalArgumentException("unknown palette '" + name + "'");
    }

    @Override
    public String toString() { return "Palette[" + name + " " + kind + "]"; }

    private static Palette seq(String name, String hex) {
        return new Palette(name, Kind.SEQUENTIAL, hex(hex));
    }

    private static Color[] hex(String list) {
        String[] parts = list.trim().split("\\s+");
        Color[] c = new Color[parts.length];
        for (int i = 0; i < parts.length; i++) c[i] = new Color(Integer.parseInt(parts[i], 16));
        return c;
    }
}
