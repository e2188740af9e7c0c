package org.onemap.thematic.module.governance;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Instant;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.StrokeStyle;
import org.onemap.map.style.SymbolShape;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThemeMapBuilder;
import org.onemap.thematic.module.ThematicPlugin;
import org.onemap.thematic.module.ThematicView;
import org.onemap.thematic.module.Wording;
import org.onemap.thematic.module.WorkspaceLayers;
import org.onemap.thematic.palette.Palette;
import org.onemap.thematic.render.HeatMap;

/**
 * 乡村治理 (rural governance): the village grid (网格), incidents as a heat map and as points by
 * status, 雪亮工程 cameras with their view direction, and service and party-building sites. All
 * generated and labelled so. The default view's time window is the incidents' half year.
 */
public final class GovernanceModule extends ThematicPlugin {
    static final List<String> LAYERS = List.of(WorkspaceLayers.COUNTY, WorkspaceLayers.GRID_CELL, WorkspaceLayers.INCIDENT,
            WorkspaceLayers.CAMERA, WorkspaceLayers.SERVICE_SITE, WorkspaceLayers.RIVER);
    /** Incident statuses in workflow order with Okabe–Ito colours (vermillion, orange, bluish green). */
    static final Map<String, Color> STATUS = statusColors();
    static final Map<String, Color> SITE_TYPES = siteColors();
    static final Color CAMERA = new Color(0x0072B2);
    static final Color GRID = new Color(0x7B7B7B);

    public GovernanceModule() {
        super("governance", "乡村治理", "Rural governance", 30, LAYERS);
    }

    @Override
    public ThematicView defaultView() {
        return new ThematicView(id(), null, LAYERS, Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2025-06-01T08:00:00Z"));
    }

    @Override
    public ThemeMap map(DataSource source, Locale locale) {
        FeatureSource grid = source.layer(WorkspaceLayers.GRID_CELL);
        String gridTitle = Wording.generated(locale, "网格", "Grid cells");
        RenderLayer gridLayer = new RenderLayer(grid, LayerStyle.polygon(FillStyle.of(new Color(0xF5F5F0), 0.6),
                StrokeStyle.dashed(GRID, 0.8, 4, 3)), true, 1).withTitle(gridTitle);
        FeatureSource incidents = source.layer(WorkspaceLayers.INCIDENT);
        HeatMap heat = new HeatMap(incidents, null, 45).withVisibleFrom(0.08);
        ThematicLegend heatLegend = ThemeMapBuilder.rampLegend(
                Wording.generated(locale, "事件热力（核密度）", "Incident density"), Palette.YL_OR_RD,
                List.of(Wording.pick(locale, "低", "low"), Wording.pick(locale, "中", "medium"), Wording.pick(locale, "高", "high")));
        Map<String, String> statusLabels = english(locale) ? Map.of("待处理", "pending", "处理中", "in progress", "已办结", "closed") : null;
        ThemeMapBuilder.Categorised byStatus = ThemeMapBuilder.categorised(incidents, "status", STATUS, statusLabels,
                Wording.generated(locale, "网格事件（按状态）", "Incidents by status"), SymbolShape.CIRCLE, 7, Wording.pick(locale, "其他", "other"));
        FeatureSource cameras = source.layer(WorkspaceLayers.CAMERA);
        String cameraTitle = Wording.generated(locale, "雪亮工程摄像头", "Xueliang cameras");
        ThemeMapBuilder.Categorised sites = ThemeMapBuilder.categorised(source.layer(WorkspaceLayers.SERVICE_SITE), "type", SITE_TYPES,
                english(locale) ? Map.of("党群服务中心", "party & service centre", "便民服务站", "service point", "综治中心", "comprehensive governance centre") : null,
                Wording.generated(locale, "服务与党建阵地", "Service and party sites"), SymbolShape.SQUARE, 8, Wording.pick(locale, "其他", "other"));
        return new ThemeMapBuilder()
                .layer(gridLayer, ThemeMapBuilder.counted(gridTitle, Wording.pick(locale, "网格（每村一格）", "one per village"), new Color(0xE6E6DF), grid,
                        ThematicLegend.Swatch.BOX, 0))
                .layer(ThemeMapBuilder.outline(source.layer(WorkspaceLayers.COUNTY)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.RIVER)))
                .overlay(heat, heatLegend)
                .overlay(new CameraViews(cameras, 9, CAMERA), ThemeMapBuilder.counted(cameraTitle,
                        Wording.pick(locale, "摄像头及视野方向", "camera and view direction"), CAMERA, cameras, ThematicLegend.Swatch.CIRCLE, 4))
                .layerOnTop(sites.layer(), sites.legend())
                .layerOnTop(byStatus.layer(), byStatus.legend())
                .build(title(locale));
    }

    private static boolean english(Locale locale) {
        return Wording.english(locale);
    }

    @Override
    public List<Indicator> indicators(DataSource source, Locale locale) {
        Map<String, Double> byStatus = new LinkedHashMap<>();
        for (String s : STATUS.keySet()) byStatus.put(s, 0.0);
        Map<String, Double> byCategory = new LinkedHashMap<>();
        source.layer(WorkspaceLayers.INCIDENT).read(Query.ALL, f -> {
            byStatus.merge(String.valueOf(f.get("status")), 1.0, Double::sum);
            byCategory.merge(String.valueOf(f.get("category")), 1.0, Double::sum);
        });
        double total = byStatus.values().stream().mapToDouble(Double::doubleValue).sum();
        long[] online = {0};
        FeatureSource cameras = source.layer(WorkspaceLayers.CAMERA);
        cameras.read(Query.ALL, f -> online[0] += Boolean.TRUE.equals(f.get("online")) ? 1 : 0);
        long cameraCount = cameras.count(Query.ALL);
        List<Indicator.Datum> status = new ArrayList<>();
        byStatus.forEach((k, v) -> status.add(new Indicator.Datum(k, v)));
        List<Indicator.Datum> category = new ArrayList<>();
        byCategory.forEach((k, v) -> category.add(new Indicator.Datum(k, v)));
        return List.of(
                new Indicator("incidents", Wording.generated(locale, "网格事件", "Incidents"), total, Wording.pick(locale, "件", ""), true,
                        Indicator.Chart.PIE, status),
                Indicator.figure("closure_rate", Wording.generated(locale, "办结率", "Closure rate"),
                        total > 0 ? Math.round(1000 * byStatus.get("已办结") / total) / 10.0 : Double.NaN, "%", true),
                new Indicator("incident_categories", Wording.generated(locale, "事件类别", "Incident categories"), byCategory.size(),
                        Wording.pick(locale, "类", ""), true, Indicator.Chart.BAR, category),
                Indicator.figure("cameras_online", Wording.generated(locale, "摄像头在线率", "Cameras online"),
                        cameraCount > 0 ? Math.round(1000.0 * online[0] / cameraCount) / 10.0 : Double.NaN, "%", true),
                Indicator.figure("grid_cells", Wording.generated(locale, "网格数", "Grid cells"),
                        source.layer(WorkspaceLayers.GRID_CELL).count(Query.ALL), Wording.pick(locale, "个", ""), true));
    }

    private static Map<String, Color> statusColors() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("待处理", new Color(0xD55E00));
        m.put("处理中", new Color(0xE69F00));
        m.put("已办结", new Color(0x009E73));
        return m;
    }

    private static Map<String, Color> siteColors() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("党群服务中心", new Color(0xCC79A7));
        m.put("便民服务站", new Color(0x56B4E9));
        m.put("综治中心", new Color(0x000000));
        return m;
    }
}
