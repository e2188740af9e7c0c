package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.real.RealLayers;

/**
 * The real Xiangtan geography the generators place things in, read once: the 5 county polygons
 * (prepared for fast point-in-polygon tests), township and village centres, county seats and the
 * river. All in WGS84 lon/lat, already converted from GCJ-02.
 */
final class Territory {
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), LayerSchema.WGS84);

    record County(String code, String name, Geometry boundary, PreparedGeometry prepared) {}

    /** A township or street centre. {@code code9} is the 9-digit township code. */
    record Town(String code9, String name, String countyCode, Coordinate at) {
        /** 镇 and 乡 are rural; 街道 (streets) are urban. */
        boolean rural() {
            return name.endsWith("镇") || name.endsWith("乡");
        }
    }

    record Village(String code, String name, String townCode9, String townName, String countyCode, Coordinate at) {
        /** A village committee (村) rather than an urban community (社区/居委会). */
        boolean farming() {
            return name.contains("村") && !name.contains("社区") && !name.contains("居委会");
        }
    }

    /**
     * A real place things are generated around: a township seat or a village centre, with its county,
     * 9-digit township code and township name; {@code weight} says how much gathers there.
     */
    record Anchor(Coordinate at, String countyCode, String code9, String townshipName, double weight) {}

    final List<County> counties = new ArrayList<>();
    final Map<String, County> countyByCode = new LinkedHashMap<>();
    final List<Town> towns = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    final Map<String, Point> countySeats;
    final Geometry river;
    final Envelope extent = new Envelope();

    Territory() {
        PreparedGeometryFactory pgf = new PreparedGeometryFactory();
        for (Feature f : RealLayers.county().features()) {
            County c = new County((String) f.get("adcode"), (String) f.get("name"), f.geometry(), pgf.create(f.geometry()));
            counties.add(c);
            countyByCode.put(c.code(), c);
            extent.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        for (Feature f : RealLayers.township().features()) {
            String code = (String) f.get("code");
            towns.add(new Town(code.substring(0, 9), (String) f.get("name"), code.substring(0, 6), f.geometry().getCoordinate()));
        }
        for (Feature f : RealLayers.village().features()) {
            String code = (String) f.get("code");
            villages.add(new Village(code, (String) f.get("name"), code.substring(0, 9), (String) f.get("town"),
                    code.substring(0, 6), f.geometry().getCoordinate()));
        }
        countySeats = RealLayers.countySeats();
        List<Geometry> rivers = new ArrayList<>();
        for (Feature f : RealLayers.river().features()) rivers.add(f.geometry());
        river = FACTORY.buildGeometry(rivers);
    }

    /** Rural township seats (weight 2) and village committees (weight 1): where farming happens. */
    List<Anchor> ruralAnchors() {
        List<Anchor> out = new ArrayList<>();
        for (Town t : towns) if (t.rural()) out.add(new Anchor(t.at(), t.countyCode(), t.code9(), t.name(), 2.0));
        for (Village v : villages) if (v.farming()) out.add(new Anchor(v.at(), v.countyCode(), v.townCode9(), v.townName(), 1.0));
        return out;
    }

    /** Every township/street seat and every village or community centre (weight 1). */
    List<Anchor> allAnchors() {
        List<Anchor> out = new ArrayList<>();
        for (Town t : towns) out.add(new Anchor(t.at(), t.countyCode(), t.code9(), t.name(), 1.0));
        for (Village v : villages) out.add(new Anchor(v.at(), v.countyCode(), v.townCode9(), v.townName(), 1.0));
        return out;
    }

    /** Picks an anchor with probability proportional to its weight. */
    static Anchor pick(SplittableRandom r, List<Anchor> anchors) {
        double total = 0;
        for (Anchor a : anchors) total += a.weight();
        double p = r.nextDouble() * total;
        for (Anchor a : anchors) {
            p -= a.weight();
            if (p < 0) return a;
        }
        return anchors.get(anchors.size() - 1);
    }

    County county(String code) {
        County c = countyByCode.get(code);
        if (c == null) throw new IllegalArgumentException("no county " + code);
        return c;
    }

    boolean inCounty(String countyCode, Coordinate c) {
        return county(countyCode).prepared().contains(FACTORY.createPoint(c));
    }

    /** The county whose polygon holds {@code c}, or null. */
    County countyAt(Coordinate c) {
        Point p = FACTORY.createPoint(c);
        for (County county : counties) if (county.prepared().contains(p)) return county;
        return null;
    }

    Town town(String code9) {
        for (Town t : towns) if (t.code9().equals(code9)) return t;
        return null;
    }

    /**
     * The nearest village point of township {@code code9}; when that township has none, the nearest
     * of the county, so village_code always shares the county prefix.
     */
    Village nearestVillage(Coordinate c, String code9, String countyCode) {
        Village best = nearest(c, code9, true);
        return best != null ? best : nearest(c, countyCode, false);
    }

    private Village nearest(Coordinate c, String code, boolean byTown) {
        Village best = null;
        double bestD = Double.MAX_VALUE;
        double k = Math.cos(Math.toRadians(c.y));
        for (Village v : villages) {
            if (!(byTown ? v.townCode9() : v.countyCode()).equals(code)) continue;
            double dx = (v.at().x - c.x) * k, dy = v.at().y - c.y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    /**
     * A point scattered around {@code centre} (Gaussian, {@code sigmaMetres}) that lies inside county
     * {@code countyCode}; falls back to the centre (or the county's interior point) after 64 misses.
     */
    Coordinate scatter(SplittableRandom r, Coordinate centre, double sigmaMetres, String countyCode) {
        double kx = LocalScale.metresPerDegreeLon(centre.y);
        double ky = LocalScale.metresPerDegreeLat(centre.y);
        for (int i = 0; i < 64; i++) {
            double[] g = gaussianPair(r);
            Coordinate c = round(new Coordinate(centre.x + g[0] * sigmaMetres / kx, centre.y + g[1] * sigmaMetres / ky));
            if (inCounty(countyCode, c)) return c;
        }
        if (inCounty(countyCode, centre)) return round(centre);
        return round(county(countyCode).boundary().getInteriorPoint().getCoordinate());
    }

    /** Two independent standard normal draws (Box–Muller; StrictMath so every JVM agrees). */
    static double[] gaussianPair(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        double m = Math.sqrt(-2.0 * StrictMath.log(u));
        return new double[] {m * StrictMath.cos(2 * Math.PI * v), m * StrictMath.sin(2 * Math.PI * v)};
    }

    /** Rounds to 1e-7° (≈ 1 cm): survey-like precision and compact text exports. */
    static Coordinate round(Coordinate c) {
        return new Coordinate(round(c.x), round(c.y));
    }

    static double round(double deg) {
        return Math.round(deg * 1e7) / 1e7;
    }
}
