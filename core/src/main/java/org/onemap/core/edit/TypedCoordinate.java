package org.onemap.core.edit;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.crs.GaussKruger;

/**
 * Reads a coordinate a planner types while drawing: lon/lat in degrees ({@code 112.94, 27.83}, also
 * accepted as lat/lon when the numbers only make sense that way in China) or CGCS2000 3° Gauss-Kruger
 * survey x/y in metres ({@code 3080123.4 38391648.7}: x = northing, y = easting, in either order). An
 * easting with its zone prefix selects the zone; a bare easting uses the zone of {@code referenceLon}
 * (the map centre). The result is always WGS84/CGCS2000 lon/lat.
 */
public final class TypedCoordinate {
    private TypedCoordinate() {}

    public static Coordinate parse(String text, double referenceLon) {
        String[] parts = text.trim().replace('，', ',').split("[\\s,;]+");
        if (parts.length != 2) throw new EditException("Type two numbers, e.g. \"112.94, 27.83\" or \"3080123.4, 38391648.7\"");
        double a, b;
        try {
            a = Double.parseDouble(parts[0]);
            b = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw new EditException("Not a number in \"" + text + "\"");
        }
        if (Math.abs(a) <= 180 && Math.abs(b) <= 90) {
            // "27.8, 112.9" is latitude first: swap when only that reading lands in China
            if (a >= 3 && a <= 54 && b >= 73 && b <= 136) return new Coordinate(b, a);
            return new Coordinate(a, b);
        }
        if (Math.abs(a) <= 90 && Math.abs(b) <= 180) return new Coordinate(b, a);
        return gaussKruger(a, b, referenceLon);
    }

    private static Coordinate gaussKruger(double a, double b, double referenceLon) {
        double easting, northing;
        if (GaussKruger.zoneOfPrefixedEasting(b) > 0 && b > a) { easting = b; northing = a; }
        else if (GaussKruger.zoneOfPrefixedEasting(a) > 0 && a > b) { easting = a; northing = b; }
        else if (b < 1_000_000 && a >= 1_000_000) { easting = b; northing = a; }
        else if (a < 1_000_000 && b >= 1_000_000) { easting = a; northing = b; }
        else throw new EditException(String.format(Locale.ROOT,
                "%.3f, %.3f is neither lon/lat nor Gauss-Kruger x/y (northing ~3 000 000 m in Hunan)", a, b));
        String crs = GaussKruger.zoneOfPrefixedEasting(easting) > 0
                ? GaussKruger.epsgForPrefixedEasting(easting)
                : GaussKruger.epsg3NoPrefix(referenceLon);
        double[] lonLat = CoordinateTransform.between(crs, CrsRegistry.WGS84).transform(easting, northing);
        return new Coordinate(lonLat[0], lonLat[1]);
    }
}
