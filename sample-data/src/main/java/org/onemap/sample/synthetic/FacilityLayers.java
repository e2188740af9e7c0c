package org.onemap.sample.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleLayer;

/**
 * Point facilities scattered around real township and village centres, inside the real county of
 * their anchor: IoT field stations (sensor), 雪亮工程 cameras (camera) and waste collection points
 * (waste_point). Each layer draws from its own seeded stream, so one layer never shifts another.
 */
final class FacilityLayers {
    /** The moment the "latest" sensor readings refer to; fixed so output does not depend on the clock. */
    static final Instant SNAPSHOT = Instant.parse("2025-06-01T08:00:00Z");

    private final Territory territory;
    private final long seed;

    FacilityLayers(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer sensors(int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5E5503L);
        List<Territory.Anchor> anchors = territory.ruralAnchors();
        Codes codes = new Codes();
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Territory.Anchor a = Territory.pick(r, anchors);
            Coordinate at = territory.scatter(r, a.at(), 1200, a.countyCode());
            int k = r.nextInt(100);
            String kind, kindZh, prefix, metric, unit;
            double value;
            if (k < 50) {
                kind = "soil_moisture"; kindZh = "墒情"; prefix = "SQ"; metric = "土壤体积含水率"; unit = "%";
                value = 18 + 24 * r.nextDouble();
            } else if (k < 80) {
                kind = "weather"; kindZh = "气象"; prefix = "QX"; metric = "气温"; unit = "°C";
                value = 16 + 15 * r.nextDouble();
            } else {
                kind = "water_quality"; kindZh = "水质"; prefix = "SZ"; metric = "溶解氧"; unit = "mg/L";
                value = 4 + 5.5 * r.nextDouble();
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("station_code", codes.next(prefix, a.countyCode(), 4));
            f.put("kind", kind);
            f.put("kind_zh", kindZh);
            f.put("metric", metric);
            f.put("value", Math.round(value * 10) / 10.0);
            f.put("unit", unit);
            f.put("observed_at", SNAPSHOT.minusSeconds(r.nextInt(3600)));
            f.put("installed", LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365)));
            f.put("village_code", villageCode(at, a));
            f.put("county_code", a.countyCode());
            out.add(point(at, f));
        }
        return new SampleLayer(SyntheticSchemas.SENSOR, out);
    }

    SampleLayer cameras(int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xCA3E7AL);
        List<Territory.Anchor> anchors = territory.allAnchors();
        Codes codes = new Codes();
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Territory.Anchor a = Territory.pick(r, anchors);
            Coordinate at = territory.scatter(r, a.at(), 600, a.countyCode());
            int k = r.nextInt(100);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("camera_code", codes.next("XL", a.countyCode(), 4));
            f.put("kind", k < 55 ? "枪机" : k < 85 ? "球机" : "半球");
            f.put("direction_deg", r.nextInt(360));
            f.put("online", r.nextInt(100) < 93);
            f.put("installed", LocalDate.of(2017, 1, 1).plusDays(r.nextInt(7 * 365)));
            f.put("village_code", villageCode(at, a));
            f.put("county_code", a.countyCode());
            out.add(point(at, f));
        }
        return new SampleLayer(SyntheticSchemas.CAMERA, out);
    }

    SampleLayer wastePoints(int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x3A57EL);
        List<Territory.Anchor> anchors = territory.ruralAnchors();
        Codes codes = new Codes();
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Territory.Anchor a = Territory.pick(r, anchors);
            Coordinate at = territory.scatter(r, a.at(), 900, a.countyCode());
            int k = r.nextInt(100);
            String type;
            double capacity;
            if (k < 60) {
                type = "垃圾收集点";
                capacity = 0.5 + 2.5 * r.nextDouble();
            } else if (k < 85) {
                type = "分类回收站";
                capacity = 1 + 4 * r.nextDouble();
            } else {
                type = "垃圾中转站";
                capacity = 10 + 30 * r.nextDouble();
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("point_code", codes.next("HW", a.countyCode(), 4));
            f.put("type", type);
            f.put("capacity_t", Math.round(capacity * 2) / 2.0);
            f.put("village_code", villageCode(at, a));
            f.put("county_code", a.countyCode());
            out.add(point(at, f));
        }
        return new SampleLayer(SyntheticSchemas.WASTE_POINT, out);
    }

    private String villageCode(Coordinate at, Territory.Anchor a) {
        Territory.Village v = territory.nearestVillage(at, a.code9(), a.countyCode());
        return v == null ? null : v.code();
    }

    static Feature point(Coordinate at, Map<String, Object> attributes) {
        attributes.put(SyntheticLayers.GENERATED_FIELD, Boolean.TRUE);
        return Feature.create(Territory.FACTORY.createPoint(Territory.round(at)), attributes);
    }

    /** Codes like {@code SQ-430321-0007}: prefix, county, a sequence per prefix and county. */
    static final class Codes {
        private final Map<String, Integer> seq = new HashMap<>();

        String next(String prefix, String county, int digits) {
            int n = seq.merge(prefix + county, 1, Integer::sum);
            return prefix + "-" + county + "-" + String.format("%0" + digits + "d", n);
        }
    }
}
