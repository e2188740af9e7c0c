package org.onemap.sample.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Feature;
import org.onemap.sample.SampleLayer;

/**
 * Village service networks: 益农信息社 information service stations (service_station, one in most
 * villages) and the county → township → village logistics network (logistics_node), whose nodes sit on
 * the real county seats, township centres and village centres and name their parent node, so delivery
 * lines can be drawn from the table alone.
 */
final class VillageNetwork {
    private static final String[] SERVICES = {"农资代购", "农产品代销", "便民缴费", "快递收发", "农技咨询", "小额取款"};

    private final Territory territory;
    private final long seed;

    VillageNetwork(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer serviceStations() {
        SplittableRandom r = new SplittableRandom(seed ^ 0x1E9A0L);
        List<Feature> out = new ArrayList<>();
        for (Territory.Village v : territory.villages) {
            if (r.nextInt(100) >= 85) continue; // most villages, not all
            Coordinate at = territory.scatter(r, v.at(), 120, v.countyCode());
            List<String> offered = new ArrayList<>();
            for (String s : SERVICES) if (r.nextInt(100) < 65) offered.add(s);
            if (offered.isEmpty()) offered.add(SERVICES[1]);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", shortName(v.name()) + "益农信息社");
            f.put("village_code", v.code());
            f.put("village_name", v.name());
            f.put("county_code", v.countyCode());
            f.put("services", String.join("、", offered));
            f.put("operator", ChineseNames.person(r, null));
            f.put("opened", LocalDate.of(2016, 3, 1).plusDays(r.nextInt(5 * 365)));
            out.add(FacilityLayers.point(at, f));
        }
        return new SampleLayer(SyntheticSchemas.SERVICE_STATION, out);
    }

    /** County (5), township (64) and village (117) nodes; codes are "WL" + the admin code. */
    SampleLayer logisticsNodes() {
        List<Feature> out = new ArrayList<>();
        for (Territory.County c : territory.counties) {
            Point seat = territory.countySeats.get(c.code());
            Coordinate at = seat != null ? seat.getCoordinate() : c.boundary().getInteriorPoint().getCoordinate();
            out.add(node("county", c.code(), c.name() + "县级物流配送中心", null, c.code(), at));
        }
        Set<String> townNodes = new HashSet<>();
        for (Territory.Town t : territory.towns) {
            townNodes.add(t.code9());
            out.add(node("township", t.code9(), t.name() + "物流服务站", "WL" + t.countyCode(), t.countyCode(), t.at()));
        }
        for (Territory.Village v : territory.villages) {
            // villages of towns without a centre point in the source hang directly off their county
            String parent = townNodes.contains(v.townCode9()) ? "WL" + v.townCode9() : "WL" + v.countyCode();
            out.add(node("village", v.code(), shortName(v.name()) + "物流服务点", parent, v.countyCode(), v.at()));
        }
        return new SampleLayer(SyntheticSchemas.LOGISTICS_NODE, out);
    }

    private static Feature node(String level, String adminCode, String name, String parent, String county, Coordinate at) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("node_code", "WL" + adminCode);
        f.put("level", level);
        f.put("name", name);
        f.put("parent_code", parent);
        f.put("admin_code", adminCode);
        f.put("county_code", county);
        return FacilityLayers.point(at, f);
    }

    /** 红星村村委会 → 红星村, 清水村委会 → 清水村, 高岭社区居委会 → 高岭社区, 大桥居委会 → 大桥社区. */
    static String shortName(String name) {
        if (name.endsWith("村民委员会")) return village(name.substring(0, name.length() - 5));
        if (name.endsWith("村委会")) return village(name.substring(0, name.length() - 3));
        if (name.endsWith("社区居委会")) return name.substring(0, name.length() - 3);
        if (name.endsWith("居委会")) return name.substring(0, name.length() - 3) + "社区";
        return name;
    }

    private static String village(String stem) {
        return stem.endsWith("村") ? stem : stem + "村";
    }
}
