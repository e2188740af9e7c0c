package org.onemap.dataimport.table;

import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.crs.GaussKruger;
import org.onemap.dataimport.ImportReport;

/**
 * Decides, per row, the CRS of an x/y pair and puts swapped pairs right: lon/lat given as lat/lon (27.9,
 * 112.9), and Gauss-Kruger pairs in the Chinese survey order (X = northing, Y = easting). Without
 * {@code --srs}: values within ±180/±90 are WGS84 lon/lat; eastings with a zone prefix name their CGCS2000
 * zone; bare eastings are taken in Xiangtan's 3° zone (EPSG:4547), which the report says once.
 */
final class RowPosition {
    /** CGCS2000 3° Gauss-Kruger CM 114°E, the zone Xiangtan lies in. */
    static final String XIANGTAN_GK = "EPSG:4547";

    record Xy(double x, double y, String crs, boolean swapped) {
    }

    private final String srs;
    private final boolean srsGeographic;
    private boolean notedBareGk;
    private boolean notedLonLat;

    RowPosition(String srs) {
        this.srs = srs == null ? null : CrsRegistry.canonical(srs);
        this.srsGeographic = this.srs != null && CrsRegistry.isGeographic(this.srs);
    }

    /** The position of {x, y}, or throws {@link IllegalArgumentException} with the reason. */
    Xy of(double x, double y, ImportReport report) {
        if (srs != null) {
            if (srsGeographic) return looksLikeLatLon(x, y) ? new Xy(y, x, srs, true) : new Xy(x, y, srs, false);
            return looksLikeNorthingEasting(x, y) ? new Xy(y, x, srs, true) : new Xy(x, y, srs, false);
        }
        if (Math.abs(x) <= 180 && Math.abs(y) <= 90 || looksLikeLatLon(x, y)) {
            if (!notedLonLat) {
                report.note("coordinates read as WGS84 lon/lat (use --srs GCJ-02 for Amap/Tencent coordinates, --srs EPSG:4490 for CGCS2000)");
                notedLonLat = true;
            }
            return looksLikeLatLon(x, y) ? new Xy(y, x, CrsRegistry.WGS84, true) : new Xy(x, y, CrsRegistry.WGS84, false);
        }
        boolean swapped = looksLikeNorthingEasting(x, y);
        double e = swapped ? y : x, n = swapped ? x : y;
        if (GaussKruger.zoneOfPrefixedEasting(e) > 0) return new Xy(e, n, GaussKruger.epsgForPrefixedEasting(e), swapped);
        if (e >= 1_000_000) throw new IllegalArgumentException("easting " + e + " has no known CGCS2000 zone prefix: give --srs");
        if (!notedBareGk) {
            report.note("Gauss-Kruger eastings without zone prefix taken as " + XIANGTAN_GK
                    + " (CGCS2000 3° zone CM 114°E, Xiangtan); use --srs for another zone");
            notedBareGk = true;
        }
        return new Xy(e, n, XIANGTAN_GK, swapped);
    }

    /** A latitude in China where the longitude should be, and a longitude where the latitude should be. */
    private static boolean looksLikeLatLon(double x, double y) {
        return x >= 3 && x <= 54 && y >= 73 && y <= 136;
    }

    /** Chinese survey order: X is the northing (1–6 million m), Y the easting (under 1 million, or zone-prefixed). */
    private static boolean looksLikeNorthingEasting(double x, double y) {
        boolean xNorthing = x >= 1_000_000 && x < 7_000_000;
        boolean yEasting = (y > 0 && y < 1_000_000) || GaussKruger.zoneOfPrefixedEasting(y) > 0;
        boolean xEasting = (x > 0 && x < 1_000_000) || GaussKruger.zoneOfPrefixedEasting(x) > 0;
        return xNorthing && yEasting && !(xEasting && y >= 1_000_000 && y < 7_000_000);
    }
}
