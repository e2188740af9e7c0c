package org.onemap.sample.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleLayer;

/**
 * Generated 乡村治理 data: grid incidents (矛盾纠纷, 安全隐患 …) reported over the half year before
 * {@link FacilityLayers#SNAPSHOT} with a status and, when closed, a closing time; and the service and
 * party-building sites (党群服务中心, 便民服务站, 综治中心) of villages and townships.
 */
final class GovernanceEvents {
    static final String[] CATEGORIES = {"矛盾纠纷", "安全隐患", "环境卫生", "治安防控", "民生诉求", "违章建设"};
    /** Status values as users read them: pending, in progress, closed. */
    static final String PENDING = "待处理", IN_PROGRESS = "处理中", CLOSED = "已办结";
    private static final Duration WINDOW = Duration.ofDays(182);

    private final Territory territory;
    private final long seed;

    GovernanceEvents(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer incidents(int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x1AC1DL);
        List<Territory.Anchor> anchors = territory.allAnchors();
        FacilityLayers.Codes codes = new FacilityLayers.Codes();
        List<Feature> out = new ArrayList<>();
        Instant start = FacilityLayers.SNAPSHOT.minus(WINDOW);
        for (int i = 0; i < count; i++) {
            Territory.Anchor a = Territory.pick(r, anchors);
            Coordinate at = territory.scatter(r, a.at(), 700, a.countyCode());
            Instant reported = start.plusSeconds((long) (WINDOW.getSeconds() * Math.sqrt(r.nextDouble())));
            long ageDays = Duration.between(reported, FacilityLayers.SNAPSHOT).toDays();
            // older incidents are more likely closed
            double pClosed = Math.min(0.95, 0.25 + ageDays / 60.0);
            double p = r.nextDouble();
            String status = p < pClosed ? CLOSED : p < pClosed + (1 - pClosed) * 0.55 ? IN_PROGRESS : PENDING;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("incident_code", codes.next("SJ", a.countyCode(), 5));
            f.put("category", CATEGORIES[r.nextInt(CATEGORIES.length)]);
            f.put("status", status);
            f.put("reported_at", reported);
            Instant closed = reported.plusSeconds(3600L * (2 + r.nextInt(24 * 20)));
            f.put("closed_at", CLOSED.equals(status) && closed.isBefore(FacilityLayers.SNAPSHOT) ? closed : CLOSED.equals(status) ? FacilityLayers.SNAPSHOT : null);
            Territory.Village v = territory.nearestVillage(at, a.code9(), a.countyCode());
            f.put("village_code", v == null ? null : v.code());
            f.put("county_code", a.countyCode());
            out.add(FacilityLayers.point(at, f));
        }
        return new SampleLayer(ThemeSchemas.INCIDENT, out);
    }

    SampleLayer serviceSites() {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5E7E5L);
        List<Feature> out = new ArrayList<>();
        for (Territory.Town t : territory.towns) {
            Coordinate at = territory.scatter(r, t.at(), 150, t.countyCode());
            out.add(site(t.name() + "综治中心", "综治中心", null, t.countyCode(), at));
        }
        for (Territory.Village v : territory.villages) {
            String name = VillageNetwork.shortName(v.name());
            out.add(site(name + "党群服务中心", "党群服务中心", v.code(), v.countyCode(), territory.scatter(r, v.at(), 100, v.countyCode())));
            if (r.nextInt(100) < 45) {
                out.add(site(name + "便民服务站", "便民服务站", v.code(), v.countyCode(), territory.scatter(r, v.at(), 300, v.countyCode())));
            }
        }
        return new SampleLayer(ThemeSchemas.SERVICE_SITE, out);
    }

    private static Feature site(String name, String type, String village, String county, Coordinate at) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type);
        f.put("village_code", village);
        f.put("county_code", county);
        return FacilityLayers.point(at, f);
    }
}
