package org.onemap.thematic.module.environment;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.SymbolShape;
import org.onemap.thematic.classify.JenksNaturalBreaks;
import org.onemap.thematic.classify.ManualBreaks;
import org.onemap.thematic.data.FilteredSource;
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
import org.onemap.thematic.render.HeatMap;

/**
 * 农村环境 (rural environment): sanitation (toilet) renovation progress per village grid, a pollution
 * heat map (kernel density of the stations' pollution index), air stations by AQI class, water
 * stations by surface-water grade, and waste collection points. All generated and labelled so.
 */
public final class EnvironmentModule extends ThematicPlugin {
    static final List<String> LAYERS = List.of(WorkspaceLayers.COUNTY, WorkspaceLayers.GRID_CELL, WorkspaceLayers.ENV_STATION,
            WorkspaceLayers.WASTE_POINT, WorkspaceLayers.RIVER);
    static final List<String> GRADES = List.of("I", "II", "III", "IV", "V");
    static final Color WASTE = new Color(0x6D4C41);
    /** Kernel radius of the pollution heat map in logical pixels. */
    static final double HEAT_RADIUS = 55;

    static FeatureSource stations(DataSource source, String kind) {
        return new FilteredSource(source.layer(WorkspaceLayers.ENV_STATION), AttributeFilter.eq("kind", kind));
    }

    public EnvironmentModule() {
        super("environment", "农村环境", "Rural environment", 20, LAYERS);
    }

    @Override
    public ThemeMap map(DataSource source, Locale locale) {
        ChoroplethMap sanitation = ChoroplethMap.of(source.layer(WorkspaceLayers.GRID_CELL), new ChoroplethMap.Spec(
                "sanitation_rate", Normalisation.NONE, new JenksNaturalBreaks(), 5, Palette.YL_GN,
                Wording.generated(locale, "村户厕改造完成率（%）", "Toilet renovation per village (%)")), locale);
        HeatMap heat = new HeatMap(source.layer(WorkspaceLayers.ENV_STATION), "pollution_index", HEAT_RADIUS).withVisibleFrom(0.2);
        ThematicLegend heatLegend = ThemeMapBuilder.rampLegend(
                Wording.generated(locale, "污染热力（监测指数核密度）", "Pollution heat (kernel density)"), Palette.YL_OR_RD,
                List.of(Wording.pick(locale, "低", "low"), Wording.pick(locale, "中", "medium"), Wording.pick(locale, "高", "high")));
        ChoroplethMap aqi = ChoroplethMap.of(stations(source, "air"), new ChoroplethMap.Spec("aqi", Normalisation.NONE,
                new ManualBreaks(0, 50, 100, 150, 300), 4, Palette.OR_RD,
                Wording.generated(locale, "空气监测站 AQI", "Air stations, AQI")), locale);
        ThemeMapBuilder.Categorised air = ThemeMapBuilder.classedPoints(aqi, SymbolShape.CIRCLE, 11);
        Map<String, Color> gradeColors = new LinkedHashMap<>();
        List<Color> ramp = new ArrayList<>(Palette.RD_YL_BU.colors(5));
        java.util.Collections.reverse(ramp);   // grade I (best) blue … V (worst) red
        for (int i = 0; i < GRADES.size(); i++) gradeColors.put(GRADES.get(i), ramp.get(i));
        Map<String, String> gradeLabels = new LinkedHashMap<>();
        for (String g : GRADES) gradeLabels.put(g, Wording.pick(locale, g + " 类", "grade " + g));
        ThemeMapBuilder.Categorised water = ThemeMapBuilder.categorised(stations(source, "water"), "water_grade", gradeColors,
                gradeLabels, Wording.generated(locale, "水质监测断面", "Water stations"), SymbolShape.TRIANGLE, 12,
                Wording.pick(locale, "其他", "other"));
        FeatureSource waste = source.layer(WorkspaceLayers.WASTE_POINT);
        String wasteTitle = Wording.generated(locale, "垃圾收集点", "Waste collection points");
        return new ThemeMapBuilder()
                .choropleth(sanitation)
                .layer(ThemeMapBuilder.outline(source.layer(WorkspaceLayers.COUNTY)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.RIVER)))
                .overlay(heat, heatLegend)
                .layerOnTop(ThemeMapBuilder.points(waste, SymbolShape.SQUARE, 6, WASTE, wasteTitle),
                        ThemeMapBuilder.counted(wasteTitle, Wording.pick(locale, "收集点", "points"), WASTE, waste, ThematicLegend.Swatch.SQUARE, 3))
                .layerOnTop(water.layer(), water.legend())
                .layerOnTop(air.layer(), air.legend())
                .build(title(locale));
    }

    @Override
    public List<Indicator> indicators(DataSource source, Locale locale) {
        long[] households = {0}, renovated = {0};
        source.layer(WorkspaceLayers.GRID_CELL).read(Query.ALL, f -> {
            households[0] += f.get("households") instanceof Number n ? n.longValue() : 0;
            renovated[0] += f.get("toilets_renovated") instanceof Number n ? n.longValue() : 0;
        });
        Map<String, Double> grades = new LinkedHashMap<>();
        for (String g : GRADES) grades.put(g, 0.0);
        stations(source, "water").read(Query.ALL, f -> grades.merge(String.valueOf(f.get("water_grade")), 1.0, Double::sum));
        double[] aqi = {0, 0};
        stations(source, "air").read(Query.ALL, f -> {
            if (f.get("aqi") instanceof Number n) {
                aqi[0] += n.doubleValue();
                aqi[1]++;
            }
        });
        List<Indicator.Datum> gradeSeries = new ArrayList<>();
        grades.forEach((g, n) -> gradeSeries.add(new Indicator.Datum(g, n)));
        double good = grades.get("I") + grades.get("II") + grades.get("III");
        double water = grades.values().stream().mapToDouble(Double::doubleValue).sum();
        return List.of(
                Indicator.figure("sanitation_rate", Wording.generated(locale, "户厕改造完成率", "Toilet renovation"),
                        households[0] > 0 ? Math.round(1000.0 * renovated[0] / households[0]) / 10.0 : Double.NaN, "%", true),
                Indicator.figure("aqi_mean", Wording.generated(locale, "平均 AQI", "Mean AQI"),
                        aqi[1] > 0 ? Math.round(aqi[0] / aqi[1]) : Double.NaN, "", true),
                new Indicator("water_good_share", Wording.generated(locale, "水质 I–III 类占比", "Water grade I–III share"),
                        water > 0 ? Math.round(1000 * good / water) / 10.0 : Double.NaN, "%", true, Indicator.Chart.BAR, gradeSeries),
                Indicator.figure("waste_points", Wording.generated(locale, "垃圾收集点", "Waste points"),
                        source.layer(WorkspaceLayers.WASTE_POINT).count(Query.ALL), Wording.pick(locale, "个", ""), true));
    }
}
