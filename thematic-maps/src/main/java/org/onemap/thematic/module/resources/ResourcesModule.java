package org.onemap.thematic.module.resources;

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
import org.onemap.map.style.FillStyle;
import org.onemap.map.style.LayerStyle;
import org.onemap.map.style.StrokeStyle;
import org.onemap.map.style.SymbolShape;
import org.onemap.thematic.classify.JenksNaturalBreaks;
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
import org.onemap.thematic.render.CategoricalMap;
import org.onemap.thematic.render.ChoroplethMap;

/**
 * 农业资源 (agricultural resources): cultivated area per township in mu (graduated colours), parcels
 * by crop, high-standard farmland outlined, and soil-moisture (墒情) stations coloured by their latest
 * reading. All values come from generated layers and are labelled so.
 */
public final class ResourcesModule extends ThematicPlugin {
    static final List<String> LAYERS = List.of(WorkspaceLayers.COUNTY, WorkspaceLayers.TOWNSHIP_STATS, WorkspaceLayers.PARCEL,
            WorkspaceLayers.SENSOR, WorkspaceLayers.RIVER, WorkspaceLayers.TOWNSHIP);
    static final Color HIGH_STANDARD = new Color(0x1B5E20);

    static FeatureSource soilStations(DataSource source) {
        return new FilteredSource(source.layer(WorkspaceLayers.SENSOR), AttributeFilter.eq("kind", "soil_moisture"));
    }

    static FeatureSource highStandard(DataSource source) {
        return new FilteredSource(source.layer(WorkspaceLayers.PARCEL), AttributeFilter.eq("high_standard", true));
    }

    public ResourcesModule() {
        super("resources", "农业资源", "Agricultural resources", 10, LAYERS);
    }

    @Override
    public ThemeMap map(DataSource source, Locale locale) {
        ChoroplethMap cultivated = ChoroplethMap.of(source.layer(WorkspaceLayers.TOWNSHIP_STATS), new ChoroplethMap.Spec(
                "cultivated_mu", Normalisation.NONE, new JenksNaturalBreaks(), 5, Palette.YL_GN,
                Wording.generated(locale, "乡镇耕地面积（亩）", "Cultivated area per township (mu)")), locale);
        CategoricalMap crops = CategoricalMap.of(source.layer(WorkspaceLayers.PARCEL), "crop", Palette.OKABE_ITO,
                Wording.generated(locale, "地块作物", "Parcels by crop"));
        FeatureSource high = highStandard(source);
        String highTitle = Wording.generated(locale, "高标准农田", "High-standard farmland");
        RenderLayer highLayer = new RenderLayer(high, LayerStyle.polygon(new FillStyle(HIGH_STANDARD, 0.5, true),
                StrokeStyle.solid(HIGH_STANDARD, 1.2)), true, 1).withTitle(highTitle);
        ChoroplethMap moisture = ChoroplethMap.of(soilStations(source), new ChoroplethMap.Spec("value", Normalisation.NONE,
                new JenksNaturalBreaks(), 4, Palette.BR_BG,
                Wording.generated(locale, "墒情站 土壤含水率（%）", "Soil moisture stations (%)")), locale);
        ThemeMapBuilder.Categorised stations = ThemeMapBuilder.classedPoints(moisture, SymbolShape.CIRCLE, 11);
        return new ThemeMapBuilder()
                .layer(cultivated.layer().withOpacity(0.8), cultivated.legend())
                .layer(crops.layer(), crops.legend())
                .layer(highLayer, ThemeMapBuilder.counted(highTitle, Wording.pick(locale, "高标准农田地块", "parcels"),
                        HIGH_STANDARD, high, ThematicLegend.Swatch.BOX, 0))
                .layer(ThemeMapBuilder.outline(source.layer(WorkspaceLayers.COUNTY)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.RIVER)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.TOWNSHIP)))
                .layer(stations.layer(), stations.legend())
                .build(title(locale));
    }

    @Override
    public List<Indicator> indicators(DataSource source, Locale locale) {
        // summed by the store (SQL on the workspace): a 1M-parcel layer is not read feature by feature
        FeatureSource parcels = source.layer(WorkspaceLayers.PARCEL);
        Map<String, Double> muByCrop = new LinkedHashMap<>();
        boolean hasCrop = parcels.schema().field("crop").isPresent(); // an imported parcel layer may lack either
        parcels.sumBy(Query.ALL, hasCrop ? "crop" : null, "area_mu").forEach((crop, mu) -> muByCrop.merge(String.valueOf(crop), mu, Double::sum));
        double[] total = {muByCrop.values().stream().mapToDouble(Double::doubleValue).sum()};
        double[] high = {parcels.schema().field("high_standard").isEmpty() ? 0
                : parcels.sumBy(Query.ALL.and(org.onemap.core.feature.AttributeFilter.eq("high_standard", true)), null, "area_mu")
                        .values().stream().mapToDouble(Double::doubleValue).sum()};
        List<Indicator.Datum> crops = new ArrayList<>();
        muByCrop.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> crops.add(new Indicator.Datum(e.getKey(), Math.round(e.getValue()))));
        double[] moisture = {0, 0};
        soilStations(source).read(Query.ALL, f -> {
            if (f.get("value") instanceof Number n) {
                moisture[0] += n.doubleValue();
                moisture[1]++;
            }
        });
        double[] cultivated = {0};
        List<Indicator.Datum> byTownship = new ArrayList<>();
        source.layer(WorkspaceLayers.TOWNSHIP_STATS).read(Query.ALL, f -> {
            double mu = f.get("cultivated_mu") instanceof Number n ? n.doubleValue() : 0;
            cultivated[0] += mu;
            byTownship.add(new Indicator.Datum(String.valueOf(f.get("township_name")), mu));
        });
        byTownship.sort((a, b) -> Double.compare(b.value(), a.value()));
        String mu = Wording.pick(locale, "亩", "mu");
        return List.of(
                new Indicator("parcel_area_by_crop", Wording.generated(locale, "地块面积（按作物）", "Parcel area by crop"),
                        Math.round(total[0]), mu, true, Indicator.Chart.PIE, crops),
                Indicator.figure("high_standard_share", Wording.generated(locale, "高标准农田占比", "High-standard share"),
                        total[0] > 0 ? Math.round(1000 * high[0] / total[0]) / 10.0 : 0, "%", true),
                new Indicator("cultivated_by_township", Wording.generated(locale, "耕地面积（前十乡镇）", "Cultivated area, top 10 townships"),
                        Math.round(cultivated[0]), mu, true, Indicator.Chart.BAR, byTownship.subList(0, Math.min(10, byTownship.size()))),
                Indicator.figure("soil_moisture_mean", Wording.generated(locale, "平均土壤含水率", "Mean soil moisture"),
                        moisture[1] > 0 ? Math.round(10 * moisture[0] / moisture[1]) / 10.0 : Double.NaN, "%", true),
                Indicator.figure("soil_stations", Wording.generated(locale, "墒情监测站", "Soil moisture stations"), moisture[1],
                        Wording.pick(locale, "个", ""), true));
    }
}
