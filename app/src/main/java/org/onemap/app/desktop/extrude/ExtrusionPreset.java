package org.onemap.app.desktop.extrude;

import org.onemap.map.extrude.HeightScale;

/**
 * The ready-made 3D views: which layer is extruded by which attribute, on which height curve, how
 * tall the tallest feature is (a fraction of the map's longer side), and the title and unit keys.
 */
public enum ExtrusionPreset {
    /** 乡镇农业产值: township_stats.output_value_wan; square root so the big towns do not flatten the rest. */
    TOWNSHIP_OUTPUT("township_stats", "output_value_wan", HeightScale.Kind.SQRT, 0.10, "extrude.preset.townshipOutput", "extrude.unit.wan"),
    /** 地块面积: parcel.area_mu, linear, as bars over every parcel. */
    PARCEL_AREA("parcel", "area_mu", HeightScale.Kind.LINEAR, 0.025, "extrude.preset.parcelArea", "extrude.unit.mu");

    /** Classes of the legend (Jenks natural breaks). */
    public static final int CLASSES = 5;
    /** Features read at most: a 1M-parcel workspace shows its first 100,000 rather than stalling the GPU. */
    public static final int MAX_FEATURES = 100_000;

    private final String layer;
    private final String attribute;
    private final HeightScale.Kind scale;
    private final double heightFraction;
    private final String titleKey;
    private final String unitKey;

    ExtrusionPreset(String layer, String attribute, HeightScale.Kind scale, double heightFraction, String titleKey, String unitKey) {
        this.layer = layer;
        this.attribute = attribute;
        this.scale = scale;
        this.heightFraction = heightFraction;
        this.titleKey = titleKey;
        this.unitKey = unitKey;
    }

    public String layer() { return layer; }

    public String attribute() { return attribute; }

    public HeightScale.Kind scale() { return scale; }

    /** Height of the tallest extrusion as a fraction of the longer side of the data extent. */
    public double heightFraction() { return heightFraction; }

    public String titleKey() { return titleKey; }

    public String unitKey() { return unitKey; }
}
