package org.onemap.sample;

import java.util.List;
import java.util.Map;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.real.RealLayers;
import org.onemap.sample.synthetic.SyntheticLayers;
import org.onemap.sample.synthetic.ThemeLayers;

/**
 * The seeded workspace catalog: layer names in catalog order, display titles and which layers are
 * generated. Generated titles end with {@link SyntheticLayers#TITLE_SUFFIX} so every place that shows
 * a title also shows that the data is synthetic.
 */
public final class SampleCatalog {
    /** Catalog order of the seeded layers (real first, then generated). */
    public static final List<String> LAYER_ORDER = List.of(
            RealLayers.COUNTY, RealLayers.TOWNSHIP, RealLayers.VILLAGE, RealLayers.RAILWAY_STATION, RealLayers.RIVER,
            SyntheticLayers.PARCEL, SyntheticLayers.SENSOR, SyntheticLayers.MACHINERY, SyntheticLayers.SERVICE_STATION,
            SyntheticLayers.LOGISTICS_NODE, SyntheticLayers.CAMERA, SyntheticLayers.WASTE_POINT, SyntheticLayers.INDUSTRIAL_PARK);

    /**
     * The generated layers the thematic modules need, seeded after {@link #LAYER_ORDER} (which stays
     * the canonical 13 that other tools rely on, as a prefix of the workspace's layer list).
     */
    public static final List<String> THEME_LAYERS = List.copyOf(ThemeLayers.NAMES);

    /** Everything seeded, in order: {@link #LAYER_ORDER} then {@link #THEME_LAYERS}. */
    public static final List<String> ALL_LAYERS = concat(LAYER_ORDER, THEME_LAYERS);

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry(RealLayers.COUNTY, "县市区"),
            Map.entry(RealLayers.TOWNSHIP, "乡镇街道"),
            Map.entry(RealLayers.VILLAGE, "村（社区）"),
            Map.entry(RealLayers.RAILWAY_STATION, "铁路车站"),
            Map.entry(RealLayers.RIVER, "湘江"),
            Map.entry(RealLayers.PLACE, "城市"),
            Map.entry(SyntheticLayers.PARCEL, "承包地块"),
            Map.entry(SyntheticLayers.SENSOR, "物联网监测站"),
            Map.entry(SyntheticLayers.MACHINERY, "农机"),
            Map.entry(SyntheticLayers.SERVICE_STATION, "益农信息社"),
            Map.entry(SyntheticLayers.LOGISTICS_NODE, "农村物流节点"),
            Map.entry(SyntheticLayers.CAMERA, "雪亮工程摄像头"),
            Map.entry(SyntheticLayers.WASTE_POINT, "垃圾收集点"),
            Map.entry(SyntheticLayers.INDUSTRIAL_PARK, "产业园"),
            Map.entry(ThemeLayers.TOWNSHIP_STATS, "乡镇统计"),
            Map.entry(ThemeLayers.GRID_CELL, "网格"),
            Map.entry(ThemeLayers.INCIDENT, "网格事件"),
            Map.entry(ThemeLayers.SERVICE_SITE, "党群与便民服务站点"),
            Map.entry(ThemeLayers.ENV_STATION, "环境监测站"),
            Map.entry(ThemeLayers.ENTERPRISE, "企业"),
            Map.entry(ThemeLayers.SALES_FLOW, "农产品销售流向"));

    private SampleCatalog() {}

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** Display title, e.g. {@code 县市区} or {@code 承包地块（合成数据 / generated）}; the name itself when unknown. */
    public static String title(String layer) {
        String t = TITLES.getOrDefault(layer, layer);
        return SyntheticLayers.isGenerated(layer) ? t + SyntheticLayers.TITLE_SUFFIX : t;
    }

    /** True when the layer holds generated (synthetic, not surveyed) data. */
    public static boolean isGenerated(String layer) {
        return SyntheticLayers.isGenerated(layer);
    }

    /** Schema of any seeded layer by name. */
    public static LayerSchema schema(String layer) {
        return switch (layer) {
            case RealLayers.COUNTY -> RealLayers.COUNTY_SCHEMA;
            case RealLayers.TOWNSHIP -> RealLayers.TOWNSHIP_SCHEMA;
            case RealLayers.VILLAGE -> RealLayers.VILLAGE_SCHEMA;
            case RealLayers.RAILWAY_STATION -> RealLayers.RAILWAY_STATION_SCHEMA;
            case RealLayers.RIVER -> RealLayers.RIVER_SCHEMA;
            case RealLayers.PLACE -> RealLayers.PLACE_SCHEMA;
            default -> SyntheticLayers.schema(layer);
        };
    }
}
