package org.onemap.sample.raster;

import java.util.Map;

/**
 * Typical mid-July NDVI of each generated crop (the season the synthetic NDVI shows): paddy rice
 * near heading 0.72 (0.6–0.8 in the field), lotus ponds mixed leaf and water, vegetables with bare
 * rows between, oilseed-rape fields long harvested (fallow or a thin second crop), tea and citrus
 * evergreen canopy, pig farms mostly roof and yard.
 */
final class CropNdvi {
    static final Map<String, Double> SUMMER = Map.of(
            "水稻", 0.72,
            "湘莲", 0.55,
            "蔬菜", 0.50,
            "油菜", 0.32,
            "茶叶", 0.66,
            "柑橘", 0.62,
            "生猪养殖", 0.15);

    /** Values for land without a parcel. */
    static final double WATER = -0.15;
    static final double BUILT_UP = 0.12;
    static final double FOREST = 0.78;
    static final double FARMLAND_MOSAIC = 0.62;

    private CropNdvi() {}

    /** The summer NDVI of {@code crop}, or the farmland mosaic value for a crop not listed. */
    static double of(String crop) {
        return crop == null ? FARMLAND_MOSAIC : SUMMER.getOrDefault(crop, FARMLAND_MOSAIC);
    }
}
