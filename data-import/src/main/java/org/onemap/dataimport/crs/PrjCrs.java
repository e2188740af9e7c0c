package org.onemap.dataimport.crs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onemap.core.crs.CrsRegistry;

/**
 * Maps the WKT of a {@code .prj} (ESRI or OGC flavour) to a CRS id of {@link CrsRegistry}. Shapefile
 * writers rarely put an EPSG code in the {@code .prj}, so the common Chinese CRSs are recognised from
 * their parts: the datum (WGS 84, CGCS2000, Xi'an 1980, Beijing 1954), and for Gauss-Kruger projections
 * the central meridian and false easting (500 000 m = no zone prefix, zone × 10⁶ + 500 000 = prefixed).
 * A central meridian that is both a 3° and a 6° one (e.g. 111°E) is read as 3° unless the name says
 * 6°; without prefix the two are the same projection anyway.
 */
public final class PrjCrs {
    private enum Datum { WGS84, CGCS2000, XIAN1980, BEIJING1954 }

    private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bID\\s*\\[\\s*\"EPSG\"\\s*,\\s*(\\d+)\\s*]", Pattern.CASE_INSENSITIVE);

    private PrjCrs() {}

    /** The CRS id the WKT describes, or empty when it is not one OneMap recognises. */
    public static Optional<String> epsg(String wkt) {
        if (wkt == null || wkt.isBlank()) return Optional.empty();
        String w = wkt.trim();
        String u = w.toUpperCase(Locale.ROOT);
        boolean projected = u.startsWith("PROJCS") || u.startsWith("PROJCRS");
        Optional<String> byAuthority = outerAuthority(w);
        if (byAuthority.isPresent()) return byAuthority;
        Datum datum = datum(u);
        if (datum == null) return Optional.empty();
        if (!projected) {
            return Optional.of(switch (datum) {
                case WGS84 -> "EPSG:4326";
                case CGCS2000 -> "EPSG:4490";
                case XIAN1980 -> "EPSG:4610";
                case BEIJING1954 -> "EPSG:4214";
            });
        }
        if (u.contains("UTM") && datum == Datum.WGS84) {
            Matcher m = Pattern.compile("ZONE[_ ]?(\\d{1,2})([NS])").matcher(u);
            if (m.find()) return Optional.of("EPSG:" + ((m.group(2).equals("N") ? 32600 : 32700) + Integer.parseInt(m.group(1))));
            return Optional.empty();
        }
        if (!(u.contains("TRANSVERSE_MERCATOR") || u.contains("TRANSVERSE MERCATOR") || u.contains("GAUSS"))) return Optional.empty();
        Double cm = parameter(u, "CENTRAL_MERIDIAN", "LONGITUDE OF NATURAL ORIGIN");
        Double fe = parameter(u, "FALSE_EASTING", "FALSE EASTING");
        if (cm == null || fe == null || cm != Math.rint(cm)) return Optional.empty();
        int c = (int) Math.rint(cm);
        boolean sixDegree = u.contains("6_DEGREE") || u.contains("6-DEGREE") || u.contains("6 DEGREE")
                || (!u.contains("3_DEGREE") && !u.contains("3-DEGREE") && !u.contains("3 DEGREE") && c % 3 != 0);
        boolean prefixed = Math.abs(fe - 500_000) > 0.5;
        int code;
        if (prefixed) {
            // the false easting carries the zone: 3° zones are 25–45, 6° zones 13–23
            int zone = (int) Math.floor(fe / 1_000_000);
            if (Math.abs(fe - (zone * 1_000_000.0 + 500_000)) > 0.5) return Optional.empty();
            if (zone >= 25 && zone <= 45 && c == 3 * zone) code = baseFor(datum, new int[] {4513, 2349, 2401}) + zone - 25;
            else if (zone >= 13 && zone <= 23 && c == 6 * zone - 3) code = baseFor(datum, new int[] {4491, 2327, 21413}) + zone - 13;
            else return Optional.empty();
        } else if (!sixDegree && c % 3 == 0 && c / 3 >= 25 && c / 3 <= 45) {
            code = baseFor(datum, new int[] {4534, 2370, 2422}) + c / 3 - 25;
        } else if ((c + 3) % 6 == 0 && (c + 3) / 6 >= 13 && (c + 3) / 6 <= 23) {
            code = baseFor(datum, new int[] {4502, 2338, 21453}) + (c + 3) / 6 - 13;
        } else {
            return Optional.empty();
        }
        if (code < 0) return Optional.empty();
        String id = "EPSG:" + code;
        return CrsRegistry.isSupported(id) ? Optional.of(id) : Optional.empty();
    }

    /** -1 for WGS84 (no WGS84 Gauss-Kruger codes exist). */
    private static int baseFor(Datum d, int[] cgcsXianBeijing) {
        return switch (d) {
            case CGCS2000 -> cgcsXianBeijing[0];
            case XIAN1980 -> cgcsXianBeijing[1];
            case BEIJING1954 -> cgcsXianBeijing[2];
            case WGS84 -> -1_000_000;
        };
    }

    /** The EPSG code of the outermost CRS: the last AUTHORITY of WKT1, or the last top-level ID of WKT2. */
    private static Optional<String> outerAuthority(String w) {
        String last = null;
        Matcher m = AUTHORITY.matcher(w);
        while (m.find()) last = m.group(1);
        if (last == null) {
            Matcher i = ID.matcher(w);
            while (i.find()) last = i.group(1);
        }
        if (last == null) return Optional.empty();
        String id = "EPSG:" + last;
        // the last AUTHORITY of a WKT1 CRS is its own; if it is a unit or datum code proj4j will not know it
        return CrsRegistry.isSupported(id) && !isUnitOrDatum(last) ? Optional.of(id) : Optional.empty();
    }

    private static boolean isUnitOrDatum(String code) {
        int c = Integer.parseInt(code);
        return (c >= 6000 && c < 7000) || (c >= 9000 && c < 10000) || (c >= 7000 && c < 8000);
    }

    private static Datum datum(String u) {
        String s = u.replace("TOWGS84", "").replace(' ', '_').replace('\'', '_').replace('-', '_');
        if (s.contains("CGCS") || s.contains("CHINA_2000") || s.contains("CHINA_GEODETIC_COORDINATE_SYSTEM_2000")) return Datum.CGCS2000;
        if (s.contains("XIAN") || s.contains("XI_AN")) return Datum.XIAN1980;
        if (s.contains("BEIJING")) return Datum.BEIJING1954;
        if (s.contains("WGS_1984") || s.contains("WGS84") || s.contains("WGS_84") || s.contains("WORLD_GEODETIC_SYSTEM_1984")) return Datum.WGS84;
        return null;
    }

    private static Double parameter(String u, String... names) {
        for (String name : names) {
            Matcher m = Pattern.compile("PARAMETER\\s*\\[\\s*\"" + Pattern.quote(name) + "\"\\s*,\\s*([-+0-9.eE]+)").matcher(u);
            if (m.find()) {
                try {
                    return Double.parseDouble(m.group(1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
