package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleLayer;

/**
 * Generated 农村环境 monitoring stations: air stations (AQI, PM2.5) at township seats and water
 * stations (surface-water grade I–V) along the Xiang river and near villages, each with a
 * {@code pollution_index} in 0–100 for the pollution heat map (higher near towns and industry).
 */
final class EnvironmentStations {
    private static final String[] GRADES = {"I", "II", "III", "IV", "V"};

    private final Territory territory;
    private final long seed;

    EnvironmentStations(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer stations(int air, int water) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xE4517L);
        FacilityLayers.Codes codes = new FacilityLayers.Codes();
        List<Territory.Anchor> all = territory.allAnchors();
        List<Territory.Anchor> rural = territory.ruralAnchors();
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < air; i++) {
            Territory.Anchor a = Territory.pick(r, all);
            Coordinate at = territory.scatter(r, a.at(), 800, a.countyCode());
            boolean street = a.townshipName() != null && a.townshipName().endsWith("街道");
            int aqi = (int) Math.round((street ? 60 : 35) + 70 * Math.pow(r.nextDouble(), 1.5));
            Map<String, Object> f = base(codes.next("KQ", a.countyCode(), 3), "air", a.townshipName() + "空气自动监测站", a.countyCode());
            f.put("aqi", aqi);
            f.put("pm25", Math.round(aqi * (0.45 + 0.2 * r.nextDouble()) * 10) / 10.0);
            f.put("water_grade", null);
            f.put("pollution_index", Math.round(Math.min(100, aqi * 0.7)) * 1.0);
            out.add(FacilityLayers.point(at, finish(f)));
        }
        for (int i = 0; i < water; i++) {
            Territory.Anchor a = Territory.pick(r, rural);
            Coordinate at = territory.scatter(r, a.at(), 1500, a.countyCode());
            // most rural sections meet grade I–III; a few near towns and farms are IV–V
            int p = r.nextInt(100);
            int g = p < 15 ? 0 : p < 50 ? 1 : p < 80 ? 2 : p < 93 ? 3 : 4;
            Map<String, Object> f = base(codes.next("SZ", a.countyCode(), 3), "water", a.townshipName() + "水质监测断面", a.countyCode());
            f.put("aqi", null);
            f.put("pm25", null);
            f.put("water_grade", GRADES[g]);
            f.put("pollution_index", Math.round(10 + g * 20 + 10 * r.nextDouble()) * 1.0);
            out.add(FacilityLayers.point(at, finish(f)));
        }
        return new SampleLayer(ThemeSchemas.ENV_STATION, out);
    }

    private static Map<String, Object> base(String code, String kind, String name, String county) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("station_code", code);
        f.put("kind", kind);
        f.put("name", name);
        return f;
    }

    private static Map<String, Object> finish(Map<String, Object> f) {
        // keep schema order: observed_at and county after the readings
        String county = ((String) f.get("station_code")).split("-")[1];
        f.put("observed_at", FacilityLayers.SNAPSHOT);
        f.put("county_code", county);
        return f;
    }
}
