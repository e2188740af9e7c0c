package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.sample.SampleLayer;

/**
 * Ten invented 十园十镇-style industrial parks, each named after a real town and placed 1–2.5 km from
 * its centre as an irregular polygon of a few thousand mu that lies wholly inside the town's county
 * and clear of the other parks.
 */
final class IndustrialParks {
    /** 9-digit township code, park name, industry, target size in mu. */
    private static final String[][] PARKS = {
        {"430321107", "花石湘莲产业园", "湘莲", "3000"},
        {"430321106", "射埠生猪产业园", "生猪", "2200"},
        {"430321100", "易俗河装备制造产业园", "装备制造", "7000"},
        {"430321103", "中路铺蔬菜产业园", "蔬菜", "2500"},
        {"430381105", "棋梓生猪产业园", "生猪", "2000"},
        {"430381109", "白田蔬菜产业园", "蔬菜", "2600"},
        {"430381108", "金石装备制造产业园", "装备制造", "6000"},
        {"430381106", "壶天茶叶产业园", "茶叶", "1800"},
        {"430382101", "银田休闲农业产业园", "休闲农业", "1600"},
        {"430302101", "楠竹山装备制造产业园", "装备制造", "5000"},
    };

    private final Territory territory;
    private final long seed;

    IndustrialParks(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer parks() {
        SplittableRandom r = new SplittableRandom(seed ^ 0x9A4CL);
        List<Geometry> placed = new ArrayList<>();
        List<Feature> out = new ArrayList<>();
        for (String[] p : PARKS) {
            Territory.Town town = territory.town(p[0]);
            if (town == null) throw new IllegalStateException("industrial park " + p[1] + ": no township " + p[0] + " in the real data");
            Polygon shape = place(r, town, Double.parseDouble(p[3]), placed);
            placed.add(shape);
            MultiPolygon geom = Territory.FACTORY.createMultiPolygon(new Polygon[] {shape});
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", p[1]);
            f.put("industry", p[2]);
            f.put("township_code", town.code9());
            f.put("township_name", town.name());
            f.put("county_code", town.countyCode());
            f.put("area_mu", Math.round(AreaUnit.MU.fromSquareMetres(EllipsoidalMeasure.area(geom)) * 10) / 10.0);
            f.put("established", 2012 + r.nextInt(10));
            f.put(SyntheticLayers.GENERATED_FIELD, Boolean.TRUE);
            out.add(Feature.create(geom, f));
        }
        return new SampleLayer(SyntheticSchemas.INDUSTRIAL_PARK, out);
    }

    private Polygon place(SplittableRandom r, Territory.Town town, double targetMu, List<Geometry> placed) {
        double radius = Math.sqrt(targetMu * AreaUnit.MU.squareMetres() / Math.PI);
        Territory.County county = territory.county(town.countyCode());
        for (int attempt = 0; attempt < 60; attempt++) {
            double scale = Math.pow(0.95, attempt); // shrink when the spot keeps failing
            double bearing = 2 * Math.PI * r.nextDouble();
            double distance = (1000 + 1500 * r.nextDouble()) * scale;
            Coordinate centre = offset(town.at(), distance * StrictMath.cos(bearing), distance * StrictMath.sin(bearing));
            Polygon shape = blob(r, centre, radius * scale);
            if (!county.prepared().containsProperly(shape)) continue;
            boolean clear = true;
            for (Geometry g : placed) clear &= !g.intersects(shape);
            if (clear) return shape;
        }
        throw new IllegalStateException("no room for an industrial park near " + town.name());
    }

    /** A star-shaped 16-gon with radii 0.8–1.2 × {@code radius} metres: irregular, always simple. */
    private static Polygon blob(SplittableRandom r, Coordinate centre, double radius) {
        int n = 16;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double rr = radius * (0.8 + 0.4 * r.nextDouble());
            ring[i] = Territory.round(offset(centre, rr * StrictMath.cos(angle), rr * StrictMath.sin(angle)));
        }
        ring[n] = ring[0].copy();
        return Territory.FACTORY.createPolygon(ring);
    }

    private static Coordinate offset(Coordinate c, double eastMetres, double northMetres) {
        return new Coordinate(c.x + eastMetres / LocalScale.metresPerDegreeLon(c.y),
                c.y + northMetres / LocalScale.metresPerDegreeLat(c.y));
    }
}
