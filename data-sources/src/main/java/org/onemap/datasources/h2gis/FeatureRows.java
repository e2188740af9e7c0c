package org.onemap.datasources.h2gis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.datasources.jdbc.AttributeColumns;

/**
 * Layer rows ⇄ {@link Feature}s: the select list, reading a row (H2 hands geometries over as JTS
 * objects already) and turning attribute values into what the JDBC driver binds.
 */
final class FeatureRows {
    private FeatureRows() {}

    /** {@code "ID", "GEOM", <fields…>, "VERSION"}: the columns {@link #read} expects, in order. */
    static String selectList(LayerTable t) {
        StringBuilder sb = new StringBuilder("\"ID\", \"GEOM\"");
        for (FieldDef f : t.schema().fields()) sb.append(", ").append(t.column(f.name()));
        return sb.append(", \"VERSION\"").toString();
    }

    static Feature read(ResultSet rs, LayerTable t) throws SQLException {
        List<FieldDef> fields = t.schema().fields();
        Map<String, Object> attrs = AttributeColumns.read(rs, fields, 3);
        Object g = rs.getObject(2);
        return new Feature(Long.toString(rs.getLong(1)), (Geometry) g, attrs, rs.getLong(fields.size() + 3));
    }

    /** An attribute value as JDBC binds it (java.time types H2 knows, legacy dates converted). */
    static Object bindable(Object v) {
        if (v instanceof Instant i) return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof java.util.Date d) return OffsetDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
        if (v instanceof Character c) return c.toString();
        return v;
    }
}
