package org.onemap.thematic.module.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.thematic.classify.JenksNaturalBreaks;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThemeMapBuilder;
import org.onemap.thematic.module.ThematicPlugin;
import org.onemap.thematic.module.Wording;
import org.onemap.thematic.module.WorkspaceLayers;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.units.AreaUnit;
import org.onemap.thematic.normalise.PerArea;
import org.onemap.thematic.palette.Palette;
import org.onemap.thematic.render.ChoroplethMap;

/**
 * The overview (总览): the five county-level units coloured by their real 2020 census population
 * density (census head count over the ellipsoidal area of the boundary),
 * with the river, township seats, industrial parks and parcels as reference.
 */
public final class OverviewModule extends ThematicPlugin {
    static final List<String> LAYERS = List.of(WorkspaceLayers.COUNTY, WorkspaceLayers.RIVER, WorkspaceLayers.TOWNSHIP,
            WorkspaceLayers.PARCEL, WorkspaceLayers.INDUSTRIAL_PARK);

    public OverviewModule() {
        super("overview", "湘潭市数字乡村一张图 · 总览", "Xiangtan digital village · overview", 0, LAYERS);
    }

    @Override
    public ThemeMap map(DataSource source, Locale locale) {
        FeatureSource county = source.layer(WorkspaceLayers.COUNTY);
        // density, not head counts: a choropleth of totals would make big counties look crowded
        String popTitle = Wording.census(locale, "人口密度（人/平方公里）", "Population density (people/km²)");
        ChoroplethMap population = ChoroplethMap.of(county, new ChoroplethMap.Spec("population",
                new PerArea(AreaUnit.KM2, LayerSchema.WGS84), new JenksNaturalBreaks(), 3, Palette.BLUES, popTitle), locale);
        RenderLayer counties = population.layer().withOpacity(0.7);
        return new ThemeMapBuilder()
                .layer(counties, population.legend())
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.PARCEL)).withOpacity(0.8))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.INDUSTRIAL_PARK)))
                .layer(ThemeMapBuilder.outline(county))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.RIVER)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.TOWNSHIP)))
                .build(title(locale));
    }

    @Override
    public List<Indicator> indicators(DataSource source, Locale locale) {
        List<Indicator.Datum> byCounty = new ArrayList<>();
        double people = 0, households = 0;
        for (Feature f : source.layer(WorkspaceLayers.COUNTY).list(Query.ALL)) {
            double p = f.get("population") instanceof Number n ? n.doubleValue() : 0;
            people += p;
            households += f.get("households") instanceof Number n ? n.doubleValue() : 0;
            byCounty.add(new Indicator.Datum(String.valueOf(f.get("name")), p));
        }
        FeatureSource parcels = source.layer(WorkspaceLayers.PARCEL);
        double[] mu = {parcels.sumBy(Query.ALL, null, "area_mu").values().stream().mapToDouble(Double::doubleValue).sum()};
        return List.of(
                new Indicator("population", Wording.census(locale, "常住人口", "Resident population"), people,
                        Wording.pick(locale, "人", "people"), false, Indicator.Chart.BAR, byCounty),
                Indicator.figure("households", Wording.census(locale, "家庭户", "Households"), households, Wording.pick(locale, "户", "households"), false),
                Indicator.figure("townships", Wording.pick(locale, "乡镇街道", "Townships"), source.layer(WorkspaceLayers.TOWNSHIP).count(Query.ALL),
                        Wording.pick(locale, "个", ""), false),
                Indicator.figure("parcels", Wording.generated(locale, "承包地块", "Contracted parcels"), parcels.count(Query.ALL),
                        Wording.pick(locale, "块", "parcels"), true),
                Indicator.figure("parcel_area", Wording.generated(locale, "地块面积", "Parcel area"), Math.round(mu[0]),
                        Wording.pick(locale, "亩", "mu"), true));
    }
}
