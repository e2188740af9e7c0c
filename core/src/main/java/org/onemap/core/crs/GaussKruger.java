package org.onemap.core.crs;

import java.util.Locale;

/**
 * CGCS2000 Gauss-Kruger zones, as Chinese survey data uses them.
 *
 * <p>3° zones: zone n has central meridian 3n°E and spans 3n ± 1.5°; China uses zones 25–45
 * (CM 75°E–135°E), EPSG:4534–4554 without the zone prefix (false easting 500 000 m) and EPSG:4513–4533
 * with it (easting = zone × 1 000 000 + 500 000). 6° zones: zone n has CM 6n − 3 and spans 6n−6 … 6n;
 * China uses zones 13–23, EPSG:4502–4512 without prefix and EPSG:4491–4501 with it. Xiangtan
 * (112.9°E) lies in 3° zone 38 (CM 114°E) and 6° zone 19 (CM 111°E).
 *
 * <p>Prefixed 3° and 6° zone numbers do not overlap (25–45 vs 13–23), so a prefixed easting alone
 * tells which CRS it is in: see {@link #epsgForPrefixedEasting}.
 */
public final class GaussKruger {
    /** First and last CGCS2000 3° zone with an EPSG code. */
    public static final int FIRST_ZONE3 = 25;
    public static final int LAST_ZONE3 = 45;
    /** First and last CGCS2000 6° zone with an EPSG code. */
    public static final int FIRST_ZONE6 = 13;
    public static final int LAST_ZONE6 = 23;

    private GaussKruger() {}

    /** A position in a 3° Gauss-Kruger zone, as the coordinate readout shows it. */
    public record Position(int zone, double centralMeridian, String epsg, double easting, double northing) {
        /** E.g. {@code "CGCS2000 3° GK zone 38: E 391648.71 N 3082304.94"}. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "CGCS2000 3° GK zone %d: E %.2f N %.2f", zone, easting, northing);
        }
    }

    /** 3° zone number of a longitude (a meridian on a zone boundary belongs to the zone east of it). */
    public static int zone3(double lon) {
        return (int) Math.floor(lon / 3.0 + 0.5);
    }

    /** Central meridian (degrees east) of 3° zone {@code zone}. */
    public static double centralMeridian3(int zone) {
        return 3.0 * zone;
    }

    /** 6° zone number of a longitude. */
    public static int zone6(double lon) {
        return (int) Math.floor(lon / 6.0) + 1;
    }

    /** Central meridian (degrees east) of 6° zone {@code zone}. */
    public static double centralMeridian6(int zone) {
        return 6.0 * zone - 3.0;
    }

    /** EPSG id of the 3° zone containing {@code lon}, eastings without zone prefix (Xiangtan: EPSG:4547). */
    public static String epsg3NoPrefix(double lon) {
        return "EPSG:" + (4534 + checkZone3(lon) - FIRST_ZONE3);
    }

    /** EPSG id of the 3° zone containing {@code lon}, eastings with zone prefix (Xiangtan: EPSG:4526). */
    public static String epsg3WithPrefix(double lon) {
        return "EPSG:" + (4513 + checkZone3(lon) - FIRST_ZONE3);
    }

    /** EPSG id of the 6° zone containing {@code lon}, eastings without zone prefix (Xiangtan: EPSG:4508). */
    public static String epsg6NoPrefix(double lon) {
        return "EPSG:" + (4502 + checkZone6(lon) - FIRST_ZONE6);
    }

    /** EPSG id of the 6° zone containing {@code lon}, eastings with zone prefix (Xiangtan: EPSG:4497). */
    public static String epsg6WithPrefix(double lon) {
        return "EPSG:" + (4491 + checkZone6(lon) - FIRST_ZONE6);
    }

    /**
     * WGS84/CGCS2000 lon/lat → {easting, northing} metres in the 3° zone of {@code lon}, without zone prefix.
     */
    public static double[] toGk3(double lon, double lat) {
        return CoordinateTransform.between(CrsRegistry.WGS84, epsg3NoPrefix(lon)).transform(lon, lat);
    }

    /** {@link #toGk3} with the zone, its central meridian and EPSG id, for the coordinate readout. */
    public static Position position3(double lon, double lat) {
        int zone = checkZone3(lon);
        double[] en = toGk3(lon, lat);
        return new Position(zone, centralMeridian3(zone), epsg3NoPrefix(lon), en[0], en[1]);
    }

    /**
     * The zone number carried in a prefixed easting (38 391 648 m → 38), or -1 if the easting has no
     * plausible prefix (a bare easting lies between about 0 and 1 000 000 m).
     */
    public static int zoneOfPrefixedEasting(double easting) {
        if (!(easting >= 1_000_000)) return -1;
        int zone = (int) Math.floor(easting / 1_000_000);
        boolean known = (zone >= FIRST_ZONE3 && zone <= LAST_ZONE3) || (zone >= FIRST_ZONE6 && zone <= LAST_ZONE6);
        return known ? zone : -1;
    }

    /**
     * The CGCS2000 EPSG id implied by a prefixed easting: zones 25–45 are 3° zones, 13–23 are 6° zones.
     * Importers use this to recognise Gauss-Kruger x/y columns.
     *
     * @throws IllegalArgumentException if the easting carries no CGCS2000 zone prefix
     */
    public static String epsgForPrefixedEasting(double easting) {
        int zone = zoneOfPrefixedEasting(easting);
        if (zone >= FIRST_ZONE3) return "EPSG:" + (4513 + zone - FIRST_ZONE3);
        if (zone >= FIRST_ZONE6) return "EPSG:" + (4491 + zone - FIRST_ZONE6);
        throw new IllegalArgumentException("easting " + easting
                + " carries no CGCS2000 Gauss-Kruger zone prefix (expected 13–23 or 25–45 million metres)");
    }

    private static int checkZone3(double lon) {
        int zone = zone3(lon);
        if (zone < FIRST_ZONE3 || zone > LAST_ZONE3) {
            throw new IllegalArgumentException("longitude " + lon + " is outside the CGCS2000 3° Gauss-Kruger zones "
                    + FIRST_ZONE3 + "–" + LAST_ZONE3 + " (73.5°E–136.5°E)");
        }
        return zone;
    }

    private static int checkZone6(double lon) {
        int zone = zone6(lon);
        if (zone < FIRST_ZONE6 || zone > LAST_ZONE6) {
            throw new IllegalArgumentException("longitude " + lon + " is outside the CGCS2000 6° Gauss-Kruger zones "
                    + FIRST_ZONE6 + "–" + LAST_ZONE6 + " (72°E–138°E)");
        }
        return zone;
    }
}
