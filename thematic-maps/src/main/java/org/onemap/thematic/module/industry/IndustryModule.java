package org.onemap.thematic.module.industry;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.SymbolShape;
import org.onemap.thematic.classify.JenksNaturalBreaks;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThemeMapBuilder;
import org.onemap.thematic.module.ThematicPlugin;
import org.onemap.thematic.module.Wording;
import org.onemap.thematic.module.WorkspaceLayers;
import org.onemap.thematic.normalise.Normalisation;
import org.onemap.thematic.palette.Palette;
import org.onemap.thematic.render.ChoroplethMap;

/**
 * 产业发展 (industry): output value per township in graduated colours (the 3D extrusion comes with
 * the 3D view; until then this is the flat form), the 十园十镇 industrial parks, and enterprises of the
 * "3+3" industry clusters. All generated and labelled so.
 */
public final class IndustryModule extends ThematicPlugin {
    static final List<String> LAYERS = List.of(WorkspaceLayers.TOWNSHIP_STATS, WorkspaceLayers.COUNTY, WorkspaceLayers.RIVER,
            WorkspaceLayers.INDUSTRIAL_PARK, WorkspaceLayers.ENTERPRISE);
    /** The "3+3" clusters in their official order, Okabe–Ito hues. */
    static final Map<String, Color> CLUSTERS = clusters();
    /** The park fill as it shows on paper (the default style's 22 % purple over white). */
    static final Color PARK = new Color(0xE6C7EB);

    public IndustryModule() {
        super("industry", "产业发展", "Industry development", 50, LAYERS);
    }

    @Override
    public ThemeMap map(DataSource source, Locale locale) {
        ChoroplethMap output = ChoroplethMap.of(source.layer(WorkspaceLayers.TOWNSHIP_STATS), new ChoroplethMap.Spec(
                "output_value_wan", Normalisation.NONE, new JenksNaturalBreaks(), 5, Palette.OR_RD,
                Wording.generated(locale, "乡镇产值（万元）", "Output value per township (10k yuan)")), locale);
        FeatureSource parks = source.layer(WorkspaceLayers.INDUSTRIAL_PARK);
        RenderLayer parkLayer = RenderLayer.of(parks);
        String parkTitle = Wording.generated(locale, "产业园（十园十镇）", "Industrial parks");
        ThemeMapBuilder.Categorised enterprises = ThemeMapBuilder.categorised(source.layer(WorkspaceLayers.ENTERPRISE), "industry",
                CLUSTERS, null, Wording.generated(locale, "“3+3”产业集群企业", "Enterprises of the 3+3 clusters"),
                SymbolShape.CIRCLE, 7, Wording.pick(locale, "其他", "other"));
        return new ThemeMapBuilder()
                .choropleth(output)
                .layer(ThemeMapBuilder.outline(source.layer(WorkspaceLayers.COUNTY)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.RIVER)))
                .layer(parkLayer.withTitle(parkTitle), ThemeMapBuilder.counted(parkTitle, Wording.pick(locale, "产业园", "parks"),
                        PARK, parks, ThematicLegend.Swatch.BOX, 0))
                .layer(enterprises.layer(), enterprises.legend())
                .build(title(locale));
    }

    @Override
    public List<Indicator> indicators(DataSource source, Locale locale) {
        Map<String, Double> byCluster = new LinkedHashMap<>();
        for (String c : CLUSTERS.keySet()) byCluster.put(c, 0.0);
        double[] enterpriseOutput = {0};
        source.layer(WorkspaceLayers.ENTERPRISE).read(Query.ALL, f -> {
            double v = f.get("output_value_wan") instanceof Number n ? n.doubleValue() : 0;
            enterpriseOutput[0] += v;
            byCluster.merge(String.valueOf(f.get("industry")), v, Double::sum);
        });
        List<Indicator.Datum> clusters = new ArrayList<>();
        byCluster.forEach((k, v) -> clusters.add(new Indicator.Datum(k, Math.round(v))));
        double[] output = {0};
        source.layer(WorkspaceLayers.TOWNSHIP_STATS).read(Query.ALL,
                f -> output[0] += f.get("output_value_wan") instanceof Number n ? n.doubleValue() : 0);
        double[] parkMu = {0};
        FeatureSource parks = source.layer(WorkspaceLayers.INDUSTRIAL_PARK);
        parks.read(Query.ALL, f -> parkMu[0] += f.get("area_mu") instanceof Number n ? n.doubleValue() : 0);
        String wan = Wording.pick(locale, "万元", "10k yuan");
        return List.of(
                Indicator.figure("output_value", Wording.generated(locale, "乡镇总产值", "Township output value"), Math.round(output[0]), wan, true),
                new Indicator("cluster_output", Wording.generated(locale, "集群企业产值", "Cluster enterprise output"),
                        Math.round(enterpriseOutput[0]), wan, true, Indicator.Chart.BAR, clusters),
                Indicator.figure("enterprises", Wording.generated(locale, "集群企业", "Cluster enterprises"),
                        source.layer(WorkspaceLayers.ENTERPRISE).count(Query.ALL), Wording.pick(locale, "家", ""), true),
                Indicator.figure("parks", Wording.generated(locale, "产业园", "Industrial parks"), parks.count(Query.ALL),
                        Wording.pick(locale, "个", ""), true),
                Indicator.figure("park_area", Wording.generated(locale, "产业园面积", "Park area"), Math.round(parkMu[0]),
                        Wording.pick(locale, "亩", "mu"), true));
    }

    private static Map<String, Color> clusters() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("湘莲", new Color(0xCC79A7));
        m.put("生猪", new Color(0xD55E00));
        m.put("蔬菜", new Color(0x009E73));
        m.put("茶叶", new Color(0x56B4E9));
        m.put("休闲农业", new Color(0xF0E442));
        m.put("农产品加工", new Color(0x0072B2));
        return m;
    }
}
