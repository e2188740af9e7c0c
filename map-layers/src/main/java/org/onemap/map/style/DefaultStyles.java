package org.onemap.map.style;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.feature.GeometryKind;

/**
 * Cartographic defaults for OneMap's canonical layers (county, river, township, village,
 * railway_station, parcel, the point layers of the thematic modules, industrial_park), the thematic
 * modules' generated layers (township_stats, grid_cell, incident …) and sensible
 * fallbacks by geometry type for any other layer. Scale thresholds assume Xiangtan at ~28° N.
 */
public final class DefaultStyles {
    /** Crop → fill colour of the parcel layer, in legend order. */
    public static final Map<String, Color> CROP_COLORS = cropColors();
    /** Fill of parcels whose crop is not in {@link #CROP_COLORS}. */
    public static final Color OTHER_CROP = new Color(0xBDBDBD);

    private static final Color WHITE_HALO = Color.WHITE;
    // Draw order, bottom first: areas under lines under points, big areas under small ones.
    private static final List<String> DRAW_ORDER = List.of("county", "township_area", "township_stats", "grid_cell",
            "industrial_park", "parcel", "river", "road", "railway", "sales_flow", "township", "village", "railway_station",
            "service_station", "service_site", "logistics_node", "waste_point", "camera", "sensor", "env_station", "enterprise",
            "incident", "machinery");

    private DefaultStyles() {}

    /** The default style of a layer by name, guessing polygon/line/point from the name alone. */
    /** Facility layers (sensors, cameras …) are drawn at scales larger than 1:{@value}. */
    public static final double FACILITY_MAX_SCALE = 200_000;

    public static LayerStyle forLayer(String name) {
        return forLayer(name, GeometryKind.GEOMETRY);
    }

    /** The default style of a layer; {@code kind} picks the fallback for layers not known by name. */
    public static LayerStyle forLayer(String name, GeometryKind kind) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "county" -> LayerStyle.polygon(FillStyle.of(new Color(0xF1EEE2), 0.55),
                            StrokeStyle.solid(new Color(0x4D4D4D), 1.6))
                    .withLabel(new LabelStyle("name", 15, true, new Color(0x333333), WHITE_HALO, 2.5, 0, 100));
            case "river" -> LayerStyle.line(StrokeStyle.solid(new Color(0x4A90D9), 2.2))
                    .withFill(FillStyle.of(new Color(0xA9CCEE), 1))
                    .withLabel(new LabelStyle("name_zh", 12, false, new Color(0x1F5FA6), WHITE_HALO, 2, 0, 70));
            case "township" -> LayerStyle.point(PointSymbol.of(SymbolShape.CIRCLE, 6, new Color(0x333333)))
                    .withLabel(new LabelStyle("name", 12, false, new Color(0x222222), WHITE_HALO, 2, 300_000, 60));
            case "village" -> LayerStyle.point(PointSymbol.of(SymbolShape.CIRCLE, 4, new Color(0x7A7A7A)))
                    .withLabel(new LabelStyle("name", 10.5, false, new Color(0x555555), WHITE_HALO, 1.8, 80_000, 40))
                    .withScaleRange(0, 1_000_000);
            case "railway_station" -> LayerStyle.point(new PointSymbol(SymbolShape.SQUARE, 8, Color.WHITE, Color.BLACK, 1.8))
                    .withLabel(new LabelStyle("name", 11, false, new Color(0x111111), WHITE_HALO, 2, 600_000, 80));
            case "parcel" -> LayerStyle.polygon(FillStyle.solid(OTHER_CROP), StrokeStyle.darkerThanFill(0.5))
                    .withCategories(new CategoryColors("crop", CROP_COLORS, OTHER_CROP));
            case "sensor" -> point(SymbolShape.CIRCLE, 7, 0x00A3A3);
            case "machinery" -> point(SymbolShape.TRIANGLE, 9, 0xE65100);
            case "service_station" -> point(SymbolShape.SQUARE, 8, 0x1565C0);
            case "logistics_node" -> point(SymbolShape.DIAMOND, 9, 0x6A1B9A);
            case "camera" -> point(SymbolShape.DIAMOND, 7, 0xC62828);
            case "waste_point" -> point(SymbolShape.SQUARE, 7, 0x6D4C41);
            case "industrial_park" -> LayerStyle.polygon(new FillStyle(new Color(0x9C27B0), 0.22, true),
                            StrokeStyle.solid(new Color(0x7B1FA2), 1.2))
                    .withLabel(new LabelStyle("name", 11, false, new Color(0x6A1B9A), WHITE_HALO, 2, 300_000, 50));
            // the thematic modules' generated layers: quiet in the plain map (the modules style them)
            case "township_stats" -> LayerStyle.line(StrokeStyle.solid(new Color(0xB0B0B0), 0.6)).withScaleRange(0, FACILITY_MAX_SCALE);
            case "grid_cell" -> LayerStyle.line(StrokeStyle.dashed(new Color(0xB0B0B0), 0.6, 4, 3)).withScaleRange(0, FACILITY_MAX_SCALE);
            // origin–destination rows, not roads: drawn as a flow map by the e-commerce module, only close up here
            case "sales_flow" -> LayerStyle.line(StrokeStyle.dashed(new Color(0xD55E00), 0.8, 6, 4)).withScaleRange(0, 25_000);
            case "service_site" -> point(SymbolShape.SQUARE, 6, 0xCC79A7);
            case "env_station" -> point(SymbolShape.TRIANGLE, 8, 0x0072B2);
            case "enterprise" -> point(SymbolShape.CIRCLE, 6, 0x009E73);
            case "incident" -> point(SymbolShape.CIRCLE, 5, 0xD55E00);
            default -> byKind(n, kind);
        };
    }

    /**
     * Sort key for drawing layers bottom to top: canonical layers in {@link #DRAW_ORDER}, other layers
     * by geometry type (polygons, then lines, then points) after the canonical polygons.
     */
    public static int drawRank(String name, GeometryKind kind) {
        int i = DRAW_ORDER.indexOf(name == null ? "" : name.toLowerCase(Locale.ROOT));
        if (i >= 0) return i * 10;
        // slots between the canonical ranks (index × 10), keeping the documented order
        if (kind.isPolygonal()) return rankOf("parcel") + 5;
        if (kind.isLineal()) return rankOf("road") + 5;
        if (kind.isPuntal()) return DRAW_ORDER.size() * 10 + 5;
        return rankOf("river") + 5;
    }

    private static int rankOf(String canonical) {
        return DRAW_ORDER.indexOf(canonical) * 10;
    }

    /** Facility points: hundreds of them hide the parcels at city scale, so they appear from township scale in. */
    private static LayerStyle point(SymbolShape shape, double size, int rgb) {
        return LayerStyle.point(PointSymbol.of(shape, size, new Color(rgb))).withScaleRange(0, FACILITY_MAX_SCALE);
    }

    private static LayerStyle byKind(String name, GeometryKind kind) {
        if (kind.isPuntal() || name.endsWith("point") || name.endsWith("station")) {
            return point(SymbolShape.CIRCLE, 6, 0xE53935);
        }
        if (kind.isLineal() || name.contains("road") || name.contains("rail") || name.contains("line")) {
            return LayerStyle.line(StrokeStyle.solid(new Color(0x555555), 1.2));
        }
        // Unknown or polygonal: a neutral area style that also draws lines and points if they turn up.
        return LayerStyle.polygon(FillStyle.of(new Color(0xC8C8C8), 0.5), StrokeStyle.solid(new Color(0x666666), 0.8))
                .withSymbol(PointSymbol.of(SymbolShape.CIRCLE, 6, new Color(0xE53935)));
    }

    private static Map<String, Color> cropColors() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("水稻", new Color(0xC5E8A0));  // rice: light green
        m.put("湘莲", new Color(0xF4A7C8));  // lotus: pink
        m.put("蔬菜", new Color(0x5CB85C));  // vegetables: green
        m.put("油菜", new Color(0xF5D63D));  // rapeseed: yellow
        m.put("茶叶", new Color(0x2E7D32));  // tea: dark green
        m.put("柑橘", new Color(0xF59A2E));  // citrus: orange
        return java.util.Collections.unmodifiableMap(m);
    }
}
