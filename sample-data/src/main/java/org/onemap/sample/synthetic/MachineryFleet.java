package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleLayer;

/**
 * Farm machinery positions (machinery): tractors, combine harvesters, plant-protection drones and
 * rice transplanters of invented township co-operatives, with a status and speed as a live GPS feed
 * would report them. Ground machines carry a 湘C plate; drones have none.
 */
final class MachineryFleet {
    private static final String[][] TYPES = {
        // type, type_zh, share in %
        {"tractor", "拖拉机", "35"},
        {"harvester", "联合收割机", "25"},
        {"drone", "植保无人机", "25"},
        {"transplanter", "插秧机", "15"},
    };
    private static final double[][] WORK_SPEED = {{3, 8}, {2, 6}, {10, 25}, {2, 4}};
    private static final String[] COOP_PATTERNS = {"%s农机专业合作社", "%s惠农农机服务专业合作社", "%s丰收粮食种植专业合作社"};

    private final Territory territory;
    private final long seed;

    MachineryFleet(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer machinery(int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x3AC41AL);
        List<Territory.Anchor> anchors = territory.ruralAnchors();
        FacilityLayers.Codes codes = new FacilityLayers.Codes();
        Set<String> plates = new HashSet<>();
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Territory.Anchor a = Territory.pick(r, anchors);
            Coordinate at = territory.scatter(r, a.at(), 1500, a.countyCode());
            int t = typeIndex(r);
            boolean drone = "drone".equals(TYPES[t][0]);
            int s = r.nextInt(100);
            String status = s < 35 ? "working" : s < 80 ? "idle" : s < 92 ? "transit" : "maintenance";
            String statusZh = switch (status) {
                case "working" -> "作业中";
                case "idle" -> "空闲";
                case "transit" -> "转场";
                default -> "维修";
            };
            double speed = switch (status) {
                case "working" -> WORK_SPEED[t][0] + (WORK_SPEED[t][1] - WORK_SPEED[t][0]) * r.nextDouble();
                case "transit" -> drone ? 30 + 15 * r.nextDouble() : 10 + 20 * r.nextDouble();
                default -> 0;
            };
            String coop = drone ? a.townshipName() + "飞防植保专业合作社"
                    : String.format(COOP_PATTERNS[r.nextInt(COOP_PATTERNS.length)], a.townshipName());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("machine_code", codes.next("NJ", a.countyCode(), 4));
            f.put("plate", drone ? null : plate(r, plates));
            f.put("type", TYPES[t][0]);
            f.put("type_zh", TYPES[t][1]);
            f.put("owner_coop", coop);
            f.put("status", status);
            f.put("status_zh", statusZh);
            f.put("speed_kmh", Math.round(speed * 10) / 10.0);
            f.put("county_code", a.countyCode());
            f.put("township_name", a.townshipName());
            out.add(FacilityLayers.point(at, f));
        }
        return new SampleLayer(SyntheticSchemas.MACHINERY, out);
    }

    private static int typeIndex(SplittableRandom r) {
        int p = r.nextInt(100);
        for (int i = 0; i < TYPES.length; i++) {
            p -= Integer.parseInt(TYPES[i][2]);
            if (p < 0) return i;
        }
        return 0;
    }

    private static String plate(SplittableRandom r, Set<String> taken) {
        String p;
        do {
            p = "湘C·" + (10000 + r.nextInt(90000));
        } while (!taken.add(p));
        return p;
    }
}
