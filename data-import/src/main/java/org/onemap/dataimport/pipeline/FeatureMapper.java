package org.onemap.dataimport.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.SourceRecord;

/**
 * Maps a validated source row onto a layer schema: source columns to fields (by field name or the
 * {@link FieldNames} name of the title), values converted to the field types, geometry to the layer's kind,
 * the import id stamped. A value that does not fit rejects the row (reported with its column).
 */
final class FeatureMapper {
    private final LayerSchema schema;
    private final String importId;
    private final ImportReport report;
    private final Map<String, FieldDef> target = new LinkedHashMap<>(); // source column → layer field
    private final boolean tagged;

    FeatureMapper(List<String> columns, List<String> fieldNames, LayerSchema schema, String importId, ImportReport report) {
        this.schema = schema;
        this.importId = importId;
        this.report = report;
        for (int i = 0; i < columns.size(); i++) {
            Optional<FieldDef> f = schema.field(columns.get(i));
            if (f.isEmpty()) f = schema.field(fieldNames.get(i));
            if (f.isPresent() && !f.get().name().equalsIgnoreCase(ImportCatalog.IMPORT_ID_FIELD)) target.put(columns.get(i), f.get());
            else report.note("column " + columns.get(i) + " has no field in layer " + schema.name() + ": not imported");
        }
        for (FieldDef f : schema.fields()) {
            if (f.required() && !target.containsValue(f)) {
                throw new ImportException("layer " + schema.name() + " requires field " + f.name() + " but " + report.file() + " has no such column");
            }
        }
        this.tagged = schema.field(ImportCatalog.IMPORT_ID_FIELD).isPresent();
    }

    /** The feature for a row whose geometry is already in WGS84, or null when the row is rejected (reported). */
    Feature map(SourceRecord r, Geometry wgs) {
        Geometry g = GeometryShapes.as(schema.geometryType(), wgs);
        if (g == null) {
            report.error(r.sheet(), r.row(), "", wgs.getGeometryType(),
                    "a " + wgs.getGeometryType() + " does not fit layer " + schema.name() + " (" + schema.geometryType().ogcName() + ")");
            return null;
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, FieldDef> e : target.entrySet()) {
            Object v = r.attributes().get(e.getKey());
            FieldDef f = e.getValue();
            try {
                Object c = ValueConversion.to(f.type(), v);
                if (c == null && f.required()) {
                    report.error(r.sheet(), r.row(), e.getKey(), "", "missing required value");
                    ok = false;
                }
                attrs.put(f.name(), c);
            } catch (IllegalArgumentException x) {
                report.error(r.sheet(), r.row(), e.getKey(), v, x.getMessage() + " (" + f.name() + " is " + f.type() + ")");
                ok = false;
            }
        }
        if (tagged) attrs.put(ImportCatalog.IMPORT_ID_FIELD, importId);
        return ok ? Feature.create(g, attrs) : null;
    }
}
