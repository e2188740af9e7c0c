package org.onemap.app.wall.dispatch;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.onemap.core.geodesy.EllipsoidalMeasure;

/**
 * Finds the nearest available unit to an incident by geodesic distance on the WGS84 ellipsoid.
 * Available means in service and not busy on another open incident. A plain scan: a county has
 * hundreds of units, and a few hundred geodesic inverses take well under a millisecond each.
 */
public final class NearestUnit {
    /** A unit and how far it is from the incident, in metres. */
    public record Suggestion(ResponseUnit unit, double metres) {}

    private NearestUnit() {}

    /**
     * The nearest unit of one of {@code kinds} to (lon, lat) whose id is not in {@code busy};
     * empty when none is available.
     */
    public static Optional<Suggestion> find(double lon, double lat, Collection<ResponseUnit> units, Set<String> busy, Set<UnitKind> kinds) {
        Suggestion best = null;
        for (ResponseUnit u : units) {
            if (u.outOfService() || busy.contains(u.id()) || !kinds.contains(u.kind())) continue;
            double d = EllipsoidalMeasure.distance(lon, lat, u.lon(), u.lat());
            // ties go to the first listed, so the answer does not flicker between equal candidates
            if (best == null || d < best.metres()) best = new Suggestion(u, d);
        }
        return Optional.ofNullable(best);
    }
}
