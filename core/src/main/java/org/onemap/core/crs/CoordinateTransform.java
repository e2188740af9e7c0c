package org.onemap.core.crs;

import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A transform between two CRSs named as in {@link CrsRegistry} ({@code "EPSG:4547"}, {@code "GCJ-02"} …).
 * Instances are cached per (source, target) and safe to share between threads.
 *
 * <p>The route is: GCJ-02 → WGS84 by {@link Gcj02} if the source is GCJ-02; then the datum/projection
 * step; then WGS84 → GCJ-02 if the target is GCJ-02. The middle step is
 * <ul>
 *   <li>nothing between WGS84 (4326) and CGCS2000 (4490): OneMap treats them as the same datum, as
 *       PROJ does without a published shift (they differ by well under a metre in China);</li>
 *   <li>closed-form {@link WebMercator} between those and EPSG:3857 (fast, clamped at ±85.05°);</li>
 *   <li>proj4j otherwise. proj4j transform objects keep scratch state, so each thread builds its own
 *       from the cached parameter strings.</li>
 * </ul>
 * Coordinates are always x = easting/longitude, y = northing/latitude.
 */
public final class CoordinateTransform {
    private static final ConcurrentHashMap<String, CoordinateTransform> CACHE = new ConcurrentHashMap<>();
    private static final int ENVELOPE_SAMPLES_PER_EDGE = 16;

    private enum Step { NONE, TO_MERCATOR, FROM_MERCATOR, PROJ4J }

    private final String source;
    private final String target;
    private final boolean fromGcj;
    private final boolean toGcj;
    private final Step step;
    private final ThreadLocal<Proj4jState> proj4j;

    private CoordinateTransform(String source, String target) {
        this.source = source;
        this.target = target;
        this.fromGcj = source.equals(CrsRegistry.GCJ02);
        this.toGcj = target.equals(CrsRegistry.GCJ02);
        String a = fromGcj ? CrsRegistry.WGS84 : source;
        String b = toGcj ? CrsRegistry.WGS84 : target;
        if (fromGcj && toGcj) {
            this.step = Step.NONE;
        } else if (a.equals(b) || (isWgsLike(a) && isWgsLike(b))) {
            this.step = Step.NONE;
        } else if (isWgsLike(a) && b.equals(CrsRegistry.WEB_MERCATOR)) {
            this.step = Step.TO_MERCATOR;
        } else if (a.equals(CrsRegistry.WEB_MERCATOR) && isWgsLike(b)) {
            this.step = Step.FROM_MERCATOR;
        } else {
            this.step = Step.PROJ4J;
        }
        if (step == Step.PROJ4J) {
            String pa = CrsRegistry.proj4Parameters(a);
            String pb = CrsRegistry.proj4Parameters(b);
            this.proj4j = ThreadLocal.withInitial(() -> new Proj4jState(a, pa, b, pb));
            proj4j.get(); // fail now, in the caller, if proj4j cannot build it
        } else {
            this.proj4j = null;
        }
    }

    /**
     * The transform from {@code fromCrs} to {@code toCrs} (cached).
     *
     * @throws IllegalArgumentException if either id is unknown (see {@link CrsRegistry#canonical})
     */
    public static CoordinateTransform between(String fromCrs, String toCrs) {
        String from = CrsRegistry.canonical(fromCrs);
        String to = CrsRegistry.canonical(toCrs);
        String key = from + ">" + to;
        CoordinateTransform t = CACHE.get(key);
        if (t != null) return t;
        return CACHE.computeIfAbsent(key, k -> new CoordinateTransform(from, to));
    }

    /** Canonical id of the source CRS. */
    public String source() {
        return source;
    }

    /** Canonical id of the target CRS. */
    public String target() {
        return target;
    }

    /** True if this transform leaves coordinates unchanged (same CRS, or WGS84 ⇄ CGCS2000). */
    public boolean isIdentity() {
        return step == Step.NONE && fromGcj == toGcj;
    }

    /** The transform the other way. */
    public CoordinateTransform inverse() {
        return between(target, source);
    }

    /**
     * Transforms one position.
     *
     * @return {x, y} in the target CRS
     * @throws IllegalArgumentException if proj4j cannot project the point (e.g. outside the projection's domain)
     */
    public double[] transform(double x, double y) {
        double[] xy = {x, y};
        transformInPlace(xy);
        return xy;
    }

    /** Transforms interleaved x,y pairs ({@code x0, y0, x1, y1 …}) in place; the bulk path for importers. */
    public void transformInPlace(double[] xy) {
        if (xy.length % 2 != 0) throw new IllegalArgumentException("expected x,y pairs, got " + xy.length + " values");
        if (isIdentity()) return;
        Proj4jState state = step == Step.PROJ4J ? proj4j.get() : null;
        for (int i = 0; i < xy.length; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            if (fromGcj) {
                double[] w = Gcj02.toWgs84(x, y);
                x = w[0];
                y = w[1];
            }
            switch (step) {
                case TO_MERCATOR -> { x = WebMercator.x(x); y = WebMercator.y(y); }
                case FROM_MERCATOR -> { double lon = WebMercator.lonOfX(x); y = WebMercator.latOfY(y); x = lon; }
                case PROJ4J -> { state.apply(x, y); x = state.out.x; y = state.out.y; }
                case NONE -> { }
            }
            if (toGcj) {
                double[] g = Gcj02.fromWgs84(x, y);
                x = g[0];
                y = g[1];
            }
            xy[i] = x;
            xy[i + 1] = y;
        }
    }

    /** A copy of {@code g} in the target CRS (the input is not modified; the SRID is left as it was). */
    public Geometry transform(Geometry g) {
        Geometry copy = g.copy();
        if (isIdentity()) return copy;
        double[] xy = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                xy[0] = seq.getX(i);
                xy[1] = seq.getY(i);
                transformInPlace(xy);
                seq.setOrdinate(i, Coordinate.X, xy[0]);
                seq.setOrdinate(i, Coordinate.Y, xy[1]);
            }

            @Override
            public boolean isDone() { return false; }

            @Override
            public boolean isGeometryChanged() { return true; }
        });
        return copy;
    }

    /**
     * The envelope, in the target CRS, of {@code env}'s outline sampled at 16 points per edge: projected
     * edges curve, so transforming the corners alone would cut off bulges (e.g. a query bbox).
     */
    public Envelope transform(Envelope env) {
        if (env.isNull() || isIdentity()) return new Envelope(env);
        Envelope out = new Envelope();
        double[] xy = new double[2];
        int n = ENVELOPE_SAMPLES_PER_EDGE;
        for (int i = 0; i <= n; i++) {
            double fx = env.getMinX() + env.getWidth() * i / n;
            double fy = env.getMinY() + env.getHeight() * i / n;
            double[][] pts = {{fx, env.getMinY()}, {fx, env.getMaxY()}, {env.getMinX(), fy}, {env.getMaxX(), fy}};
            for (double[] p : pts) {
                xy[0] = p[0];
                xy[1] = p[1];
                transformInPlace(xy);
                out.expandToInclude(xy[0], xy[1]);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "CoordinateTransform[" + source + " -> " + target + "]";
    }

    private static boolean isWgsLike(String id) {
        return id.equals(CrsRegistry.WGS84) || id.equals(CrsRegistry.CGCS2000);
    }

    /** One thread's proj4j transform and scratch coordinates. */
    private static final class Proj4jState {
        final org.locationtech.proj4j.CoordinateTransform transform;
        final ProjCoordinate in = new ProjCoordinate();
        final ProjCoordinate out = new ProjCoordinate();
        final String description;

        Proj4jState(String a, String paramsA, String b, String paramsB) {
            CRSFactory crs = new CRSFactory();
            CoordinateReferenceSystem src = crs.createFromParameters(a, paramsA);
            CoordinateReferenceSystem dst = crs.createFromParameters(b, paramsB);
            this.transform = new CoordinateTransformFactory().createTransform(src, dst);
            this.description = a + " to " + b;
        }

        void apply(double x, double y) {
            in.x = x;
            in.y = y;
            try {
                transform.transform(in, out);
            } catch (Proj4jException e) {
                throw new IllegalArgumentException("cannot transform (" + x + ", " + y + ") from " + description + ": " + e.getMessage(), e);
            }
        }
    }
}
