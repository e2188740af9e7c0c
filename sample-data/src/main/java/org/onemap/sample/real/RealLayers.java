package org.onemap.sample.real;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.crs.Gcj02;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.SampleLayer;

/**
 * The canonical real layers of Xiangtan, read from the shipped {@link RealData} resources, in WGS84
 * lon/lat (SRID 4326): the Amap-derived sets are converted from GCJ-02 with {@link Gcj02#toWgs84};
 * OSM and Natural Earth already are WGS84. Layer names are fixed: other tools look them up by name.
 * Each call reads the resources afresh (a few milliseconds), so callers own the returned geometries.
 */
public final class RealLayers {
    public static final String COUNTY = "county";
    public static final String TOWNSHIP = "township";
    public static final String VILLAGE = "village";
    public static final String RAILWAY_STATION = "railway_station";
    public static final String RIVER = "river";
    /** Not part of the seeded catalog: 湘潭/株洲/长沙 context points from Natural Earth. */
    public static final String PLACE = "place";

    /** The Xiang River is clipped to this generous lon/lat box around Xiangtan. */
    public static final Envelope RIVER_CLIP = new Envelope(111.5, 113.6, 27.0, 28.6);

    public static final LayerSchema COUNTY_SCHEMA = new LayerSchema(COUNTY, GeometryKind.MULTIPOLYGON, LayerSchema.WGS84, List.of(
            new FieldDef("name", FieldType.STRING, true),
            new FieldDef("adcode", FieldType.STRING, true),
            FieldDef.of("population", FieldType.LONG),
            FieldDef.of("households", FieldType.LONG),
            FieldDef.of("household_size", FieldType.DOUBLE),
            FieldDef.of("urban_rate", FieldType.DOUBLE),
            FieldDef.of("agri_employment_rate", FieldType.DOUBLE)));

    public static final LayerSchema TOWNSHIP_SCHEMA = new LayerSchema(TOWNSHIP, GeometryKind.POINT, LayerSchema.WGS84, List.of(
            new FieldDef("name", FieldType.STRING, true),
            new FieldDef("code", FieldType.STRING, true),
            FieldDef.of("county", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING)));

    public static final LayerSchema VILLAGE_SCHEMA = new LayerSchema(VILLAGE, GeometryKind.POINT, LayerSchema.WGS84, List.of(
            new FieldDef("name", FieldType.STRING, true),
            new FieldDef("code", FieldType.STRING, true),
            FieldDef.of("town", FieldType.STRING),
            FieldDef.of("town_code", FieldType.STRING),
            FieldDef.of("county", FieldType.STRING),
            FieldDef.of("county_code", FieldType.STRING),
            FieldDef.of("ur_code", FieldType.STRING)));

    public static final LayerSchema RAILWAY_STATION_SCHEMA = new LayerSchema(RAILWAY_STATION, GeometryKind.POINT, LayerSchema.WGS84, List.of(
            FieldDef.of("name", FieldType.STRING),
            FieldDef.of("station", FieldType.STRING),
            FieldDef.of("inside_xiangtan", FieldType.BOOLEAN)));

    public static final LayerSchema RIVER_SCHEMA = new LayerSchema(RIVER, GeometryKind.LINESTRING, LayerSchema.WGS84, List.of(
            FieldDef.of("name", FieldType.STRING),
            FieldDef.of("name_zh", FieldType.STRING)));

    public static final LayerSchema PLACE_SCHEMA = new LayerSchema(PLACE, GeometryKind.POINT, LayerSchema.WGS84, List.of(
            FieldDef.of("name", FieldType.STRING),
            FieldDef.of("name_zh", FieldType.STRING),
            FieldDef.of("population", FieldType.LONG)));

    private RealLayers() {}

    /** The five seeded real layers in catalog order: county, township, village, railway_station, river. */
    public static List<SampleLayer> all() {
        return List.of(county(), township(), village(), railwayStation(), river());
    }

    /**
     * The 5 county-level units (雨湖区, 岳塘区, 湘潭县, 湘乡市, 韶山市) as MultiPolygons, ordered by
     * adcode, joined to the 2020 census by code. The city outline is left out on purpose.
     */
    public static SampleLayer county() {
        Map<String, CountyCensus> census = CountyCensus.loadAll();
        List<GeoJsonFeatures.Raw> raws = new ArrayList<>(GeoJsonFeatures.read(RealData.FENCES));
        raws.removeIf(r -> !"county".equals(r.text("level")));
        raws.sort(Comparator.comparing(r -> r.text("adcode")));
        List<Feature> out = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : raws) {
            String adcode = r.text("adcode");
            CountyCensus c = census.get(adcode);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", r.text("name"));
            a.put("adcode", adcode);
            a.put("population", c == null ? null : c.population());
            a.put("households", c == null || c.households() <= 0 ? null : c.households());
            a.put("household_size", c == null || Double.isNaN(c.householdSize()) ? null : c.householdSize());
            a.put("urban_rate", c == null || Double.isNaN(c.urbanRate()) ? null : c.urbanRate());
            a.put("agri_employment_rate", c == null || Double.isNaN(c.agriEmploymentRate()) ? null : c.agriEmploymentRate());
            out.add(Feature.create(asMultiPolygon(r.geometry()), a));
        }
        return new SampleLayer(COUNTY_SCHEMA, out);
    }

    /** The 64 township/street centre points (12-digit codes), in code order. */
    public static SampleLayer township() {
        List<Feature> out = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : sortedByCode(GeoJsonFeatures.read(RealData.TOWN_POINTS))) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", r.text("name"));
            a.put("code", r.text("code"));
            a.put("county", r.text("county"));
            a.put("county_code", r.text("code").substring(0, 6));
            out.add(Feature.create(r.geometry(), a));
        }
        return new SampleLayer(TOWNSHIP_SCHEMA, out);
    }

    /** The 117 village/community centre points (12-digit codes), in code order. */
    public static SampleLayer village() {
        List<Feature> out = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : sortedByCode(GeoJsonFeatures.read(RealData.VILLAGE_POINTS))) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", r.text("name"));
            a.put("code", r.text("code"));
            a.put("town", r.text("town"));
            a.put("town_code", r.text("parent"));
            a.put("county", r.text("county"));
            a.put("county_code", r.text("code").substring(0, 6));
            a.put("ur_code", blankToNull(r.text("ur_code")));
            out.add(Feature.create(r.geometry(), a));
        }
        return new SampleLayer(VILLAGE_SCHEMA, out);
    }

    /** The 24 OSM railway stations in file order; stations OSM left unnamed keep a null name. */
    public static SampleLayer railwayStation() {
        List<Feature> out = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : GeoJsonFeatures.read(RealData.RAILWAY_STATIONS)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", r.text("name"));
            a.put("station", r.text("station"));
            Object inside = r.properties().get("inside_xiangtan");
            a.put("inside_xiangtan", inside instanceof Boolean b ? b : null);
            out.add(Feature.create(r.geometry(), a));
        }
        return new SampleLayer(RAILWAY_STATION_SCHEMA, out);
    }

    /** The Natural Earth Xiang River centreline clipped to {@link #RIVER_CLIP}, one feature per piece. */
    public static SampleLayer river() {
        List<Feature> out = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : GeoJsonFeatures.read(RealData.NE_RIVER)) {
            Geometry clipped = r.geometry().intersection(r.geometry().getFactory().toGeometry(RIVER_CLIP));
            for (int i = 0; i < clipped.getNumGeometries(); i++) {
                if (!(clipped.getGeometryN(i) instanceof LineString line) || line.isEmpty()) continue;
                line.setSRID(LayerSchema.WGS84);
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", r.text("name"));
                a.put("name_zh", "湘江");
                out.add(Feature.create(line, a));
            }
        }
        return new SampleLayer(RIVER_SCHEMA, out);
    }

    /** 湘潭, 株洲 and 长沙 from Natural Earth (context for small-scale maps; not seeded). */
    public static SampleLayer place() {
        List<Feature> out = new ArrayList<>();
        for (GeoJsonFeatures.Raw r : GeoJsonFeatures.read(RealData.NE_PLACES)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", r.text("NAME"));
            a.put("name_zh", r.text("NAME_ZH"));
            Object pop = r.properties().get("POP_MAX");
            a.put("population", pop instanceof Number n ? n.longValue() : null);
            out.add(Feature.create(r.geometry(), a));
        }
        return new SampleLayer(PLACE_SCHEMA, out);
    }

    /**
     * Seats (centre points) of the county-level units from the 2016 code list, converted to WGS84,
     * keyed by 6-digit adcode in code order.
     */
    public static Map<String, Point> countySeats() {
        Map<String, Point> out = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(RealData.ADCODE_2016)) {
            if (!"county".equals(row.get("level")) || row.get("longitude").isBlank()) continue;
            double[] wgs = Gcj02.toWgs84(Double.parseDouble(row.get("longitude")), Double.parseDouble(row.get("latitude")));
            out.put(row.get("adcode"), GeoJsonFeatures.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(wgs[0], wgs[1])));
        }
        return out;
    }

    private static List<GeoJsonFeatures.Raw> sortedByCode(List<GeoJsonFeatures.Raw> raws) {
        List<GeoJsonFeatures.Raw> sorted = new ArrayList<>(raws);
        sorted.sort(Comparator.comparing(r -> r.text("code")));
        return sorted;
    }

    private static MultiPolygon asMultiPolygon(Geometry g) {
        MultiPolygon mp = g instanceof MultiPolygon m ? m
                : g.getFactory().createMultiPolygon(new Polygon[] {(Polygon) g});
        mp.setSRID(LayerSchema.WGS84);
        return mp;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
