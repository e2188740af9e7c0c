package org.onemap.dataimport.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.dataimport.excel.XlsxColumn;
import org.onemap.dataimport.excel.XlsxTableWriter;

/**
 * Layer → xlsx table: one row a feature, Chinese column titles where OneMap knows them (survey fields,
 * common layer fields; the field name otherwise) and {@code 经度}/{@code 纬度} columns in WGS 84 — the
 * point itself, or for lines and polygons a representative point (the centroid when it lies on the
 * shape, else an interior point), titled {@code 经度（代表点）} so the table importer still recognises
 * them. Optionally a {@code WKT} column with the full geometry (left empty past Excel's 32,767-character
 * cell limit).
 */
public final class XlsxExport implements LayerExporter {
    /** Excel's longest cell text. */
    static final int MAX_CELL_CHARS = 32_767;

    private final boolean wkt;

    /** Without a WKT column. */
    public XlsxExport() {
        this(false);
    }

    /** With a {@code WKT} column when {@code wkt} is true. */
    public XlsxExport(boolean wkt) {
        this.wkt = wkt;
    }

    @Override
    public String id() { return "xlsx"; }

    @Override
    public List<String> extensions() { return List.of("xlsx"); }

    @Override
    public ExportResult export(FeatureSource source, Query query, Path target) throws IOException {
        LayerSchema schema = source.schema();
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        List<XlsxColumn> columns = new ArrayList<>();
        for (FieldDef d : schema.fields()) {
            String title = FieldTitles.of(d.name());
            if (!used.add(title)) title = d.name(); // two fields with one title: keep them apart
            used.add(title);
            titles.put(d.name(), title);
            columns.add(column(d, title));
        }
        boolean point = schema.geometryType().isPuntal();
        String suffix = point ? "" : "（代表点）";
        columns.add(XlsxColumn.decimal("经度" + suffix, 14, 7));
        columns.add(XlsxColumn.decimal("纬度" + suffix, 14, 7));
        if (wkt) columns.add(XlsxColumn.text("WKT", 60));
        Wgs84 wgs84 = new Wgs84(schema);
        try (XlsxTableWriter w = XlsxTableWriter.create(target, schema.name(), columns)) {
            try {
                source.read(query, f -> {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (FieldDef d : schema.fields()) {
                        Object v = f.get(d.name());
                        row.add(v);
                    }
                    Geometry g = wgs84.apply(f.geometry());
                    Point p = representative(g);
                    row.add(p == null ? null : p.getX());
                    row.add(p == null ? null : p.getY());
                    if (wkt) {
                        String text = g == null ? null : g.toText();
                        row.add(text != null && text.length() <= MAX_CELL_CHARS ? text : null);
                    }
                    try {
                        w.writeRow(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            long n = w.rowCount();
            w.commit();
            return new ExportResult(List.of(target), n, titles);
        }
    }

    /** The point a row is placed at: the point itself, else the centroid if it lies on the shape, else an interior point. */
    public static Point representative(Geometry g) {
        if (g == null || g.isEmpty()) return null;
        if (g instanceof Point p) return p;
        Point c = g.getCentroid();
        if (g.getDimension() == 2 && g.covers(c)) return c;
        return g.getInteriorPoint();
    }

    private static XlsxColumn column(FieldDef d, String title) {
        int width = Math.max(10, Math.min(40, title.length() * 2 + 2));
        return switch (d.type()) {
            case STRING -> XlsxColumn.text(title, Math.max(width, 16));
            case INTEGER, LONG -> XlsxColumn.integer(title, width);
            case DOUBLE -> XlsxColumn.decimal(title, width, 2);
            case BOOLEAN -> XlsxColumn.bool(title, width);
            case DATE, TIMESTAMP -> XlsxColumn.date(title, Math.max(width, 12));
        };
    }
}
