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
 * Generated 产业 and 电商 data: enterprises of the "3+3" industry clusters around township seats
 * (some inside the named parks' towns), and township → market sales flows (as straight lines whose
 * first point is the origin township and last point the market) with tonnes and value.
 */
final class EconomyLayers {
    /** The "3+3" clusters: three leading agricultural chains and three newer ones. */
    static final String[] CLUSTERS = {"湘莲", "生猪", "蔬菜", "茶叶", "休闲农业", "农产品加工"};
    private static final int[] CLUSTER_WEIGHTS = {22, 24, 22, 10, 8, 14};
    private static final String[] SUFFIX = {"农业开发有限公司", "农业专业合作社", "食品有限公司", "生态农业有限公司", "家庭农场"};
    private static final String[] PRODUCTS = {"湘莲", "生猪", "蔬菜", "茶叶", "槟榔", "大米"};

    /** Markets the sales go to (approximate WGS84 city centres: named, not surveyed). */
    static final String[] MARKET_NAMES = {"长沙", "株洲", "湘潭城区"};
    static final double[][] MARKETS = {{112.938, 28.228}, {113.134, 27.828}, {112.944, 27.829}};

    private final Territory territory;
    private final long seed;

    EconomyLayers(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
    }

    SampleLayer enterprises(int count) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xE7E4L);
        List<Territory.Anchor> anchors = territory.ruralAnchors();
        List<Feature> out = new ArrayList<>();
        int total = 0;
        for (int w : CLUSTER_WEIGHTS) total += w;
        for (int i = 0; i < count; i++) {
            Territory.Anchor a = Territory.pick(r, anchors);
            Coordinate at = territory.scatter(r, a.at(), 1500, a.countyCode());
            int p = r.nextInt(total), c = 0;
            while (p >= CLUSTER_WEIGHTS[c]) p -= CLUSTER_WEIGHTS[c++];
            String shortTown = a.townshipName() == null ? "湘潭" : a.townshipName().replaceAll("(镇|乡|街道)$", "");
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", "湘潭" + shortTown + CLUSTERS[c] + SUFFIX[r.nextInt(SUFFIX.length)] + "（" + (i + 1) + "）");
            f.put("industry", CLUSTERS[c]);
            // a few big firms, many small ones
            f.put("output_value_wan", Math.round(50 + 20_000 * Math.pow(r.nextDouble(), 3)) * 1.0);
            f.put("employees", 3 + (int) (400 * Math.pow(r.nextDouble(), 3)));
            f.put("park", null);
            f.put("township_code", a.code9());
            f.put("county_code", a.countyCode());
            out.add(FacilityLayers.point(at, f));
        }
        return new SampleLayer(ThemeSchemas.ENTERPRISE, out);
    }

    SampleLayer salesFlows() {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5A1E5L);
        List<Feature> out = new ArrayList<>();
        for (Territory.Town t : territory.towns) {
            if (!t.rural()) continue;
            // each rural township sells to one or two markets
            int first = r.nextInt(MARKETS.length);
            int n = r.nextInt(100) < 40 ? 2 : 1;
            for (int k = 0; k < n; k++) {
                int m = (first + k) % MARKETS.length;
                String product = PRODUCTS[r.nextInt(PRODUCTS.length)];
                double tonnes = Math.round(50 + 4_000 * Math.pow(r.nextDouble(), 2));
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("origin_code", t.code9());
                f.put("origin_name", t.name());
                f.put("destination", MARKET_NAMES[m]);
                f.put("product", product);
                f.put("volume_t", tonnes);
                f.put("value_wan", Math.round(tonnes * (0.4 + 1.6 * r.nextDouble())) * 1.0);
                f.put(SyntheticLayers.GENERATED_FIELD, Boolean.TRUE);
                Coordinate to = new Coordinate(MARKETS[m][0], MARKETS[m][1]);
                out.add(Feature.create(Territory.FACTORY.createLineString(new Coordinate[] {Territory.round(t.at()), to}), f));
            }
        }
        return new SampleLayer(ThemeSchemas.SALES_FLOW, out);
    }
}
