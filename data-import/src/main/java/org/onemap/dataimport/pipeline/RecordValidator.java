package org.onemap.dataimport.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.spi.DataSource;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.SourceRecord;

/**
 * Checks one record and brings its geometry to workspace lon/lat: 0/0 coordinates, CRS transform, invalid
 * geometry (repaired with JTS {@link GeometryFixer}, reported), outside the Xiangtan area (the county
 * layer's extent plus a margin: a warning up to 1° beyond it, an error farther, where a wrong CRS is the
 * likely cause), duplicate keys and missing keys. Returns the WGS84 geometry, or null when
 * the record is rejected (the reason is in the report).
 */
final class RecordValidator {
    /** Xiangtan city with a margin, used when the workspace has no county layer. */
    static final Envelope XIANGTAN = new Envelope(111.5, 113.6, 27.0, 28.6);
    static final double MARGIN_DEG = 0.1;
    /** Beyond the area but within this many degrees: a warning (neighbouring places); farther: an error. */
    static final double NEIGHBOURHOOD_DEG = 1.0;
    /** Column titles that name a row's own key: a repeated value is a duplicate row. */
    static final Set<String> KEY_TITLES = Set.of("编号", "地块编号", "地块编码", "编码", "parcel_code", "code", "bh", "objectid_1");

    private final ImportReport report;
    private final Envelope area;
    private String keyColumn;
    private boolean keyDecided;
    private final Map<String, Long> keys = new HashMap<>();
    private String lastCrs;
    private CoordinateTransform lastTransform;

    RecordValidator(ImportReport report, Envelope area) {
        this.report = report;
        this.area = area;
    }

    /** The key column: the first whose title names a row key (编号, parcel_code …), decided on the first record. */
    private void decideKey(List<String> columns) {
        keyDecided = true;
        keyColumn = columns.stream().filter(c -> KEY_TITLES.contains(c.trim().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    /** The area rows must fall in: the extent of the workspace's {@code county} layer plus a margin. */
    static Envelope area(DataSource ws) {
        try {
            if (ws != null && ws.hasLayer("county")) {
                Envelope e = ws.layer("county").extent();
                if (e != null) {
                    Envelope m = new Envelope(e);
                    m.expandBy(MARGIN_DEG);
                    return m;
                }
            }
        } catch (RuntimeException e) {
            // a workspace without a readable county layer: fall back to the city box
        }
        return XIANGTAN;
    }

    String keyColumn() { return keyColumn; }

    Geometry check(SourceRecord r) {
        String sheet = r.sheet();
        long row = r.row();
        if (!keyDecided) decideKey(List.copyOf(r.attributes().keySet()));
        if (keyColumn != null) {
            Object k = r.attributes().get(keyColumn);
            if (k == null || k.toString().isBlank()) {
                report.error(sheet, row, keyColumn, "", "missing required value (the key column " + keyColumn + " is empty)");
                return null;
            }
            Long first = keys.putIfAbsent(k.toString().trim(), row);
            if (first != null) {
                report.error(sheet, row, keyColumn, k, "duplicate key: row " + first + " has the same " + keyColumn);
                return null;
            }
        }
        Geometry g = r.geometry();
        if (g == null || g.isEmpty()) {
            report.error(sheet, row, "", "", "no geometry");
            return null;
        }
        if (isZeroZero(g)) {
            report.error(sheet, row, "", "0, 0", "0/0 coordinates (an empty GPS fix)");
            return null;
        }
        Geometry wgs;
        try {
            CoordinateTransform t = transform(r.crs());
            wgs = t.isIdentity() ? g : t.transform(g); // identity: no copy of a million polygons
        } catch (RuntimeException e) {
            report.error(sheet, row, "", shortText(g), "cannot transform from " + r.crs() + ": " + e.getMessage());
            return null;
        }
        if (!ConvexRings.provenValid(wgs) && !wgs.isValid()) {
            Geometry fixed = GeometryFixer.fix(wgs);
            if (fixed.isEmpty()) {
                report.error(sheet, row, "", shortText(g), "invalid geometry that cannot be repaired");
                return null;
            }
            report.warn(sheet, row, "", shortText(g), "invalid geometry (e.g. self-intersection)", "repaired with JTS GeometryFixer");
            wgs = fixed;
        }
        Envelope e = wgs.getEnvelopeInternal();
        if (!area.intersects(e)) {
            String where = String.format(Locale.ROOT, "%.6f, %.6f", e.centre().x, e.centre().y);
            String what = String.format(Locale.ROOT, "outside the Xiangtan area (lon %.3f–%.3f, lat %.3f–%.3f) after transforming from %s",
                    area.getMinX(), area.getMaxX(), area.getMinY(), area.getMaxY(), r.crs());
            Envelope near = new Envelope(area);
            near.expandBy(NEIGHBOURHOOD_DEG);
            if (!near.intersects(e)) {
                report.error(sheet, row, "", where, what + ": wrong CRS, zone or swapped columns?");
                return null;
            }
            // a neighbouring town (context layers, a parcel over the city line): keep it, but say so
            report.warn(sheet, row, "", where, what, "kept: within " + NEIGHBOURHOOD_DEG + "° of the area");
        }
        return wgs;
    }

    /** The transform from a row's CRS, kept while rows keep the same CRS (canonicalising the id per row showed in profiles). */
    private CoordinateTransform transform(String crs) {
        if (lastTransform == null || !java.util.Objects.equals(crs, lastCrs)) {
            lastTransform = CoordinateTransform.between(crs == null ? CrsRegistry.WGS84 : crs, CrsRegistry.WGS84);
            lastCrs = crs;
        }
        return lastTransform;
    }

    private static boolean isZeroZero(Geometry g) {
        boolean[] zero = {false};
        // a filter, not getCoordinates(): that copies every vertex of every polygon
        g.apply((CoordinateFilter) c -> zero[0] |= Math.abs(c.x) < 1e-9 && Math.abs(c.y) < 1e-9);
        return zero[0];
    }

    private static String shortText(Geometry g) {
        String s = g.toText();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
