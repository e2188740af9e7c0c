package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;

/**
 * Generates farmland parcels around the real township and village centres of Xiangtan.
 *
 * <p>How: the city is covered by a grid of 0.0012° × 0.001° cells (≈ 118 m × 111 m, ≈ 20 mu). Each
 * township gets a share of the parcels (by county: 湘潭县 and 湘乡市 most), split over its farm
 * centres (the township seat and its village committees). From each centre the grid is walked in
 * growing rings; a cell becomes a field block when it is free, lies wholly inside the centre's county,
 * is clear of street-level urban cores and the Xiang river corridor, and passes a smooth noise test
 * that thins out with distance (so farmland forms irregular patches). {@link FieldBlock} then cuts
 * the block into 1–18 parcels. When a patch cannot hold its quota it is widened (×1.3 per pass), and
 * only as a last resort is every free cell taken. One block per cell and parcels strictly inside their
 * block make overlaps impossible. The run keeps a bit per grid cell (≈ 85 kB whatever N) and a counter
 * per township, so memory stays bounded and features stream straight to the sink.
 */
final class ParcelGenerator {
    static final double CELL_LON = 0.0012;
    static final double CELL_LAT = 0.0010;
    static final int MAX_PER_TOWNSHIP = 99_999;
    private static final double MEAN_PARCELS_PER_BLOCK = 6.0;
    private static final int TILE = 16;
    private static final double STREET_CORE_M = 1500;
    private static final double COUNTY_SEAT_CORE_M = 2000;
    private static final double RIVER_HALF_WIDTH_DEG = 0.004;
    /** Share of all parcels per county, roughly its share of Xiangtan's cultivated land. */
    private static final Map<String, Double> COUNTY_SHARE = new LinkedHashMap<>();

    static {
        COUNTY_SHARE.put("430302", 0.075);
        COUNTY_SHARE.put("430304", 0.025);
        COUNTY_SHARE.put("430321", 0.44);
        COUNTY_SHARE.put("430381", 0.41);
        COUNTY_SHARE.put("430382", 0.05);
    }

    private final Territory territory;
    private final long seed;
    private final double originX;
    private final double originY;
    private final int cols;
    private final int rows;
    private final PreparedGeometry riverCorridor;
    private final List<double[]> urbanCores = new ArrayList<>(); // lon, lat, radius in metres
    /** county code → 9-digit township code → farm centres, all in code order. */
    private final Map<String, TreeMap<String, List<Territory.Anchor>>> townships = new TreeMap<>();

    ParcelGenerator(Territory territory, long seed) {
        this.territory = territory;
        this.seed = seed;
        Envelope e = territory.extent;
        originX = Math.floor(e.getMinX() / CELL_LON) * CELL_LON;
        originY = Math.floor(e.getMinY() / CELL_LAT) * CELL_LAT;
        cols = (int) Math.ceil((e.getMaxX() - originX) / CELL_LON) + 1;
        rows = (int) Math.ceil((e.getMaxY() - originY) / CELL_LAT) + 1;
        riverCorridor = PreparedGeometryFactory.prepare(territory.river.buffer(RIVER_HALF_WIDTH_DEG));
        for (Territory.Town t : territory.towns) {
            if (!t.rural()) urbanCores.add(new double[] {t.at().x, t.at().y, STREET_CORE_M});
        }
        territory.countySeats.values().forEach(p -> urbanCores.add(new double[] {p.getX(), p.getY(), COUNTY_SEAT_CORE_M}));
        for (String county : COUNTY_SHARE.keySet()) townships.put(county, new TreeMap<>());
        territory.ruralAnchors().forEach(this::add);
        townships.forEach((county, map) -> {
            if (map.isEmpty()) throw new IllegalStateException("county " + county + " has no rural township or village to place parcels around");
        });
    }

    private void add(Territory.Anchor c) {
        TreeMap<String, List<Territory.Anchor>> map = townships.get(c.countyCode());
        if (map != null) map.computeIfAbsent(c.code9(), k -> new ArrayList<>()).add(c);
    }

    /** Streams exactly {@code n} parcels to {@code sink}. */
    void generate(int n, Consumer<Feature> sink) {
        new Run(sink).execute(n);
    }

    /** Largest-remainder split of {@code total} by {@code weights}. */
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) sum += w;
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    /** State of one generation run: occupied cells, county tile cache, per-township sequences. */
    private final class Run {
        private final Consumer<Feature> sink;
        private final BitSet occupied = new BitSet(cols * rows);
        private final Map<String, byte[]> tileState = new HashMap<>();
        private final Map<String, Integer> sequence = new HashMap<>();
        private final PatchNoise noise = new PatchNoise(seed, 6);
        private final int tilesX = (cols + TILE - 1) / TILE;

        Run(Consumer<Feature> sink) {
            this.sink = sink;
        }

        void execute(int n) {
            SplittableRandom root = new SplittableRandom(seed);
            String[] counties = townships.keySet().toArray(String[]::new);
            double[] shares = new double[counties.length];
            for (int i = 0; i < counties.length; i++) shares[i] = COUNTY_SHARE.get(counties[i]);
            int[] countyQuota = apportion(n, shares);
            for (int i = 0; i < counties.length; i++) {
                TreeMap<String, List<Territory.Anchor>> towns = townships.get(counties[i]);
                double[] w = new double[towns.size()];
                for (int k = 0; k < w.length; k++) w[k] = 0.7 + 0.6 * root.nextDouble();
                int[] townQuota = apportion(countyQuota[i], w);
                int k = 0;
                for (List<Territory.Anchor> centres : towns.values()) {
                    if (townQuota[k] > MAX_PER_TOWNSHIP) {
                        throw new IllegalArgumentException(townQuota[k] + " parcels in township " + centres.get(0).code9()
                                + " exceed the 5-digit parcel sequence; generate fewer parcels");
                    }
                    fillTownship(centres, townQuota[k++], root.split());
                }
            }
        }

        private void fillTownship(List<Territory.Anchor> centres, int quota, SplittableRandom r) {
            double[] w = new double[centres.size()];
            for (int i = 0; i < w.length; i++) w[i] = centres.get(i).weight() * (0.8 + 0.4 * r.nextDouble());
            int[] q = apportion(quota, w);
            for (int i = 0; i < q.length; i++) {
                if (q[i] == 0) continue;
                Territory.Anchor c = centres.get(i);
                String[] clan = ChineseNames.clan(r);
                double radius = Math.sqrt(q[i] / MEAN_PARCELS_PER_BLOCK / (Math.PI * 0.5)) + 1;
                int made = 0;
                // widen the patch pass by pass until the quota is out; only then take any free cell
                for (int pass = 0; pass < 12 && made < q[i]; pass++) {
                    made += fill(c, q[i] - made, radius * Math.pow(1.3, pass), clan, r);
                }
                if (made < q[i]) made += fill(c, q[i] - made, 0, clan, r);
                if (made < q[i]) {
                    throw new IllegalStateException("no room left in county " + c.countyCode() + " for " + (q[i] - made)
                            + " more parcels around " + c.townshipName() + "; generate fewer parcels");
                }
            }
        }

        /**
         * Walks rings of cells around the centre until {@code quota} parcels are out; returns how many.
         * A cell passes when the patch noise beats a threshold rising with distance / {@code radius}
         * (nothing passes beyond ≈ 1.1 × radius); radius 0 takes every usable cell.
         */
        private int fill(Territory.Anchor c, int quota, double radius, String[] clan, SplittableRandom r) {
            int cx0 = (int) Math.floor((c.at().x - originX) / CELL_LON);
            int cy0 = (int) Math.floor((c.at().y - originY) / CELL_LAT);
            boolean relaxed = radius <= 0;
            int maxRing = relaxed ? Math.max(cols, rows) : (int) Math.ceil(1.15 * radius) + 1;
            int made = 0;
            for (int ring = 0; ring <= maxRing && made < quota; ring++) {
                int cells = ring == 0 ? 1 : 8 * ring;
                for (int i = 0; i < cells && made < quota; i++) {
                    int dx, dy;
                    if (ring == 0) { dx = 0; dy = 0; }
                    else if (i < 2 * ring) { dx = -ring + i; dy = ring; }
                    else if (i < 4 * ring) { dx = ring; dy = ring - (i - 2 * ring); }
                    else if (i < 6 * ring) { dx = ring - (i - 4 * ring); dy = -ring; }
                    else { dx = -ring; dy = -ring + (i - 6 * ring); }
                    int cx = cx0 + dx, cy = cy0 + dy;
                    if (cx < 0 || cy < 0 || cx >= cols || cy >= rows || occupied.get(cy * cols + cx)) continue;
                    if (!relaxed) {
                        double d = Math.hypot(dx, dy) / radius;
                        if (noise.at(cx, cy) <= 0.35 + 0.5 * d * d) continue;
                    }
                    Envelope cell = cell(cx, cy);
                    if (!inCounty(c.countyCode(), cx, cy, cell) || excluded(cell)) continue;
                    occupied.set(cy * cols + cx);
                    made += emitBlock(cell, c, quota - made, clan, r);
                }
            }
            return made;
        }

        private int emitBlock(Envelope cell, Territory.Anchor c, int limit, String[] clan, SplittableRandom r) {
            List<Coordinate[]> rings = FieldBlock.layout(cell, r);
            String county = c.countyCode();
            String blockCrop = CropMix.crop(r, county);
            boolean highStandard = r.nextDouble() < (CropMix.paddy(blockCrop) ? 0.36 : 0.12);
            Territory.Village village = territory.nearestVillage(cell.centre(), c.code9(), county);
            String prefix = county + "-" + c.code9().substring(6, 9) + "-";
            int made = 0;
            for (Coordinate[] ring : rings) {
                if (made >= limit) break;
                String crop = r.nextInt(100) < 75 ? blockCrop : CropMix.crop(r, county);
                Polygon poly = Territory.FACTORY.createPolygon(ring);
                MultiPolygon geom = Territory.FACTORY.createMultiPolygon(new Polygon[] {poly});
                int seq = sequence.merge(c.code9(), 1, Integer::sum);
                Map<String, Object> a = new LinkedHashMap<>(16);
                a.put("parcel_code", prefix + fiveDigits(seq));
                a.put("crop", crop);
                a.put("area_mu", Math.round(AreaUnit.MU.fromSquareMetres(EllipsoidalMeasure.area(poly)) * 100) / 100.0);
                a.put("owner", ChineseNames.person(r, clan));
                a.put("village_code", village == null ? null : village.code());
                a.put("county_code", county);
                a.put("township_code", c.code9());
                a.put("township_name", c.townshipName());
                a.put("land_type", CropMix.landType(r, crop));
                a.put("high_standard", highStandard);
                a.put(SyntheticLayers.GENERATED_FIELD, Boolean.TRUE);
                sink.accept(Feature.create(geom, a));
                made++;
            }
            return made;
        }

        private Envelope cell(int cx, int cy) {
            double x0 = originX + cx * CELL_LON, y0 = originY + cy * CELL_LAT;
            return new Envelope(x0, x0 + CELL_LON, y0, y0 + CELL_LAT);
        }

        /** Cell wholly inside the county; tiles of 16×16 cells are classified once to skip most polygon tests. */
        private boolean inCounty(String county, int cx, int cy, Envelope cell) {
            byte[] states = tileState.computeIfAbsent(county, k -> new byte[tilesX * ((rows + TILE - 1) / TILE)]);
            int tx = cx / TILE, ty = cy / TILE, t = ty * tilesX + tx;
            PreparedGeometry boundary = territory.county(county).prepared();
            if (states[t] == 0) {
                Envelope tile = new Envelope(originX + tx * TILE * CELL_LON, originX + (tx + 1) * TILE * CELL_LON,
                        originY + ty * TILE * CELL_LAT, originY + (ty + 1) * TILE * CELL_LAT);
                Geometry g = Territory.FACTORY.toGeometry(tile);
                states[t] = boundary.containsProperly(g) ? (byte) 1 : !boundary.intersects(g) ? (byte) 2 : (byte) 3;
            }
            if (states[t] == 1) return true;
            if (states[t] == 2) return false;
            return boundary.containsProperly(Territory.FACTORY.toGeometry(cell));
        }

        private boolean excluded(Envelope cell) {
            Coordinate m = cell.centre();
            double kx = LocalScale.metresPerDegreeLon(m.y), ky = LocalScale.metresPerDegreeLat(m.y);
            for (double[] core : urbanCores) {
                double dx = (m.x - core[0]) * kx, dy = (m.y - core[1]) * ky;
                if (dx * dx + dy * dy < core[2] * core[2]) return true;
            }
            return riverCorridor.intersects(Territory.FACTORY.toGeometry(cell));
        }
    }

    private static String fiveDigits(int n) {
        String s = Integer.toString(n);
        return "00000".substring(Math.min(5, s.length())) + s;
    }
}
