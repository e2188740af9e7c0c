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
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleLayer;

/**
 * Areas for the per-township and per-village statistics: the real data has only township and village
 * <em>centres</em>, so each county is cut into Voronoi cells around its centres (clipped to the real
 * county boundary). The cells approximate, not survey, the admin areas; they and every value on them
 * are generated: township_stats (cultivated mu, output value, e-commerce sales) and grid_cell (one
 * 网格 per village with households and sanitation-renovation progress).
 */
final class AdminCells {
    /** Lead industry of a township by rough order of the "3+3" clusters. */
    static final String[] INDUSTRIES = {"湘莲", "生猪", "蔬菜", "茶叶", "休闲农业", "装备制造"};

    private final Territory territory;
    private final long seed;

    AdminCells(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer townshipStats() {
        SplittableRandom r = new SplittableRandom(seed ^ 0x7A5C3L);
        List<Feature> out = new ArrayList<>();
        for (Territory.County county : territory.counties) {
            List<Territory.Town> towns = new ArrayList<>();
            for (Territory.Town t : territory.towns) if (t.countyCode().equals(county.code())) towns.add(t);
            List<Coordinate> sites = new ArrayList<>();
            for (Territory.Town t : towns) sites.add(t.at());
            List<MultiPolygon> cells = cells(sites, county.boundary());
            for (int i = 0; i < towns.size(); i++) {
                Territory.Town t = towns.get(i);
                if (cells.get(i) == null) continue;
                double farm = t.rural() ? 1 : 0.15;   // streets are urban: little farmland, more trade
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("township_code", t.code9());
                f.put("township_name", t.name());
                f.put("county_code", t.countyCode());
                f.put("cultivated_mu", Math.round(farm * (18_000 + 52_000 * r.nextDouble())) * 1.0);
                f.put("output_value_wan", Math.round((t.rural() ? 40_000 : 90_000) + 260_000 * r.nextDouble() * r.nextDouble()) * 1.0);
                f.put("ecommerce_sales_wan", Math.round(300 + 9_000 * Math.pow(r.nextDouble(), 2.2)) * 1.0);
                f.put("lead_industry", INDUSTRIES[t.rural() ? r.nextInt(4) : 4 + r.nextInt(2)]);
                out.add(feature(cells.get(i), f));
            }
        }
        return new SampleLayer(ThemeSchemas.TOWNSHIP_STATS, out);
    }

    SampleLayer gridCells() {
        SplittableRandom r = new SplittableRandom(seed ^ 0x61D0CL);
        List<Feature> out = new ArrayList<>();
        for (Territory.County county : territory.counties) {
            List<Territory.Village> villages = new ArrayList<>();
            for (Territory.Village v : territory.villages) if (v.countyCode().equals(county.code())) villages.add(v);
            List<Coordinate> sites = new ArrayList<>();
            for (Territory.Village v : villages) sites.add(v.at());
            List<MultiPolygon> cells = cells(sites, county.boundary());
            for (int i = 0; i < villages.size(); i++) {
                Territory.Village v = villages.get(i);
                if (cells.get(i) == null) continue;
                int households = 300 + r.nextInt(1500);
                // renovation progress skews high: the 2018–2025 toilet revolution covered most villages
                double rate = Math.min(1, 0.35 + 0.65 * Math.pow(r.nextDouble(), 0.6));
                int renovated = (int) Math.round(households * rate);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("grid_code", "WG" + v.code());
                f.put("name", VillageNetwork.shortName(v.name()) + "网格");
                f.put("village_code", v.code());
                f.put("county_code", v.countyCode());
                f.put("grid_worker", ChineseNames.person(r, null));
                f.put("households", households);
                f.put("toilets_renovated", renovated);
                f.put("sanitation_rate", Math.round(1000.0 * renovated / households) / 10.0);
                out.add(feature(cells.get(i), f));
            }
        }
        return new SampleLayer(ThemeSchemas.GRID_CELL, out);
    }

    /** One cell per site (null when nothing of it lies in the clip), in site order; duplicate sites share nothing. */
    static List<MultiPolygon> cells(List<Coordinate> sites, Geometry clip) {
        List<MultiPolygon> out = new ArrayList<>();
        if (sites.isEmpty()) return out;
        VoronoiDiagramBuilder b = new VoronoiDiagramBuilder();
        b.setSites(sites);
        b.setClipEnvelope(clip.getEnvelopeInternal());
        Geometry diagram = b.getDiagram(Territory.FACTORY);
        Geometry boundary = clip.isValid() ? clip : clip.buffer(0);   // repair only what needs it
        // most cells lie wholly inside: skip the costly overlay with the detailed county outline for them
        org.locationtech.jts.geom.prep.PreparedGeometry inside = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(boundary);
        for (Coordinate site : sites) {
            Geometry cell = null;
            for (int i = 0; i < diagram.getNumGeometries(); i++) {
                Geometry g = diagram.getGeometryN(i);
                Coordinate data = (Coordinate) g.getUserData();
                if (data != null && data.equals2D(site)) {
                    cell = g;
                    break;
                }
            }
            if (cell == null) {
                out.add(null);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Polygon> parts = PolygonExtracter.getPolygons(inside.containsProperly(cell) ? cell : cell.intersection(boundary));
            out.add(parts.isEmpty() ? null : Territory.FACTORY.createMultiPolygon(parts.toArray(new Polygon[0])));
        }
        return out;
    }

    private static Feature feature(MultiPolygon g, Map<String, Object> attributes) {
        attributes.put(SyntheticLayers.GENERATED_FIELD, Boolean.TRUE);
        return Feature.create(g, attributes);
    }
}
