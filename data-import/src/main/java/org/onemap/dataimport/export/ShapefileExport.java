package org.onemap.dataimport.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.dataimport.shapefile.DbfCharsets;
import org.onemap.dataimport.shapefile.DbfField;
import org.onemap.dataimport.shapefile.ShapeType;
import org.onemap.dataimport.shapefile.ShapefileWriter;

/**
 * Layer → ESRI shapefile with a GBK (cp936) DBF, a {@code .cpg} naming the charset and a WGS 84
 * {@code .prj}: what ArcGIS and QGIS on Chinese Windows read without asking. Field names are cut to
 * 10 bytes uniquely (reported in {@link ExportResult#fieldNames()}); text columns are as wide as the
 * longest value, which costs a first pass over the layer.
 */
public final class ShapefileExport implements LayerExporter {
    private static final Charset CHARSET = DbfCharsets.GBK;

    @Override
    public String id() { return "shapefile"; }

    @Override
    public List<String> extensions() { return List.of("shp"); }

    @Override
    public ExportResult export(FeatureSource source, Query query, Path target) throws IOException {
        LayerSchema schema = source.schema();
        List<FieldDef> defs = schema.fields();
        int[] textBytes = new int[defs.size()];
        GeometryKind[] kind = {schema.geometryType()};
        // pass 1: text widths and, for a layer of mixed declared type, the one shape type its data has
        source.read(query, f -> {
            for (int i = 0; i < defs.size(); i++) {
                Object v = f.get(defs.get(i).name());
                if (v != null && defs.get(i).type() == org.onemap.core.feature.FieldType.STRING) {
                    textBytes[i] = Math.max(textBytes[i], v.toString().getBytes(CHARSET).length);
                }
            }
            Geometry g = f.geometry();
            if (schema.geometryType() == GeometryKind.GEOMETRY && g != null && !g.isEmpty()) {
                ShapeType seen = shapeType(GeometryKind.of(g));
                if (kind[0] != GeometryKind.GEOMETRY && shapeType(kind[0]) != seen) {
                    throw new IllegalArgumentException("layer " + schema.name() + " mixes " + kind[0].ogcName() + " and "
                            + g.getGeometryType() + " shapes: a shapefile holds one shape type (export to .gpkg or .geojson instead)");
                }
                kind[0] = GeometryKind.of(g);
            }
        });
        ShapeType type = kind[0] == GeometryKind.GEOMETRY ? ShapeType.POINT : shapeType(kind[0]);
        List<DbfField> fields = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) fields.add(dbfField(defs.get(i), textBytes[i]));
        Wgs84 wgs84 = new Wgs84(schema);
        try (ShapefileWriter w = ShapefileWriter.builder(target, type).charset(CHARSET).fields(fields)
                .prj(ShapefileWriter.WGS84_PRJ).truncateLongText(true).open()) {
            try {
                source.read(query, f -> {
                    try {
                        Object[] values = new Object[defs.size()];
                        for (int i = 0; i < values.length; i++) {
                            Object v = f.get(defs.get(i).name());
                            values[i] = v instanceof java.time.Instant t ? t.toString() : v;
                        }
                        w.write(wgs84.apply(f.geometry()), values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Map<String, String> names = w.fieldNames();
            List<Path> files = w.files();
            long n = w.count();
            w.commit();
            return new ExportResult(files, n, names);
        }
    }

    static ShapeType shapeType(GeometryKind k) {
        return switch (k) {
            case POINT -> ShapeType.POINT;
            case MULTIPOINT -> ShapeType.MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> ShapeType.POLYLINE;
            case POLYGON, MULTIPOLYGON -> ShapeType.POLYGON;
            case GEOMETRY -> ShapeType.NULL;
        };
    }

    private static DbfField dbfField(FieldDef d, int textBytes) {
        return switch (d.type()) {
            case STRING -> DbfField.text(d.name(), Math.max(1, Math.min(DbfField.MAX_TEXT_BYTES, textBytes)));
            case INTEGER -> DbfField.integer(d.name(), 11);
            case LONG -> DbfField.integer(d.name(), 18);
            case DOUBLE -> DbfField.decimal(d.name(), 24, 10);
            case BOOLEAN -> DbfField.logical(d.name());
            case DATE -> DbfField.date(d.name());
            case TIMESTAMP -> DbfField.text(d.name(), 30); // ISO-8601 instant: dBASE III has no timestamp type
        };
    }
}
