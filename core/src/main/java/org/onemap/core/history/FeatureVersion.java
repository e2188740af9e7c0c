package org.onemap.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;

/**
 * One version of a feature in its history: which version, when, by whom, what the change did, the
 * feature before and after it (null before an insert and after a delete), the attributes that changed,
 * whether the geometry changed and by how much its ellipsoidal area changed, in mu (亩).
 *
 * @param bulkLoaded true for the first version of a feature that came in with a bulk load (import or
 *                   seed), whose log keeps one summary record instead of one per feature
 */
public record FeatureVersion(long version, Instant at, String user, ChangeOp op, Feature before, Feature after,
                             List<AttributeChange> changes, boolean geometryChanged, double areaChangeMu, boolean bulkLoaded) {
    public FeatureVersion {
        changes = List.copyOf(changes);
    }

    /** The version a change made, with the differences between {@code before} and {@code after} worked out. */
    public static FeatureVersion of(ChangeOp op, Instant at, String user, Feature before, Feature after, boolean bulkLoaded) {
        long version = after != null ? after.version() : before != null ? before.version() : 0;
        Geometry was = before == null ? null : before.geometry();
        Geometry now = after == null ? null : after.geometry();
        boolean geometryChanged = !sameGeometry(was, now);
        double areaChange = geometryChanged ? areaMu(now) - areaMu(was) : 0;
        return new FeatureVersion(version, at, user, op, before, after, diff(before, after), geometryChanged, areaChange, bulkLoaded);
    }

    /** The feature as this version left it; for a deletion, as it was when deleted. */
    public Feature state() {
        return after != null ? after : before;
    }

    /** The geometry of {@link #state()}, or null. */
    public Geometry geometry() {
        Feature f = state();
        return f == null ? null : f.geometry();
    }

    private static List<AttributeChange> diff(Feature before, Feature after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) fields.addAll(before.attributes().keySet());
        if (after != null) fields.addAll(after.attributes().keySet());
        List<AttributeChange> out = new ArrayList<>();
        for (String f : fields) {
            Object a = before == null ? null : before.get(f);
            Object b = after == null ? null : after.get(f);
            if (!sameValue(a, b)) out.add(new AttributeChange(f, a, b));
        }
        return out;
    }

    // numbers compare by value: a log read back from JSON may hold 12 where the store held 12.0
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        return Objects.equals(a, b);
    }

    private static boolean sameGeometry(Geometry a, Geometry b) {
        if (a == null || b == null) return a == b;
        return a.equalsExact(b);
    }

    private static double areaMu(Geometry g) {
        if (g == null || g.isEmpty() || g.getDimension() < 2) return 0;
        return AreaUnit.MU.fromSquareMetres(EllipsoidalMeasure.area(g));
    }
}
