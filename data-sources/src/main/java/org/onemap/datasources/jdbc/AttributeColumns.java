package org.onemap.datasources.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;

/**
 * Attribute columns of a JDBC row as the values a {@link org.onemap.core.feature.Feature} holds: each
 * the Java type {@link FieldType#javaType()} promises, timestamps as {@link Instant}s. The H2GIS
 * workspace, the PostGIS provider and the sync engine all read through here, so a feature reads the
 * same on both sides of a sync and a sync never sees a change that is only a difference in types.
 */
public final class AttributeColumns {
    private AttributeColumns() {}

    /** The fields' values from {@code firstColumn} on, one column per field in schema order, keyed by field name. */
    public static Map<String, Object> read(ResultSet rs, List<FieldDef> fields, int firstColumn) throws SQLException {
        Map<String, Object> attrs = new LinkedHashMap<>(fields.size() * 2);
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            attrs.put(f.name(), read(rs, firstColumn + i, f.type()));
        }
        return attrs;
    }

    /** A column value as the Java type {@link FieldType#javaType()} promises. */
    public static Object read(ResultSet rs, int column, FieldType type) throws SQLException {
        return switch (type) {
            case STRING -> rs.getString(column);
            case INTEGER -> rs.getObject(column, Integer.class);
            case LONG -> rs.getObject(column, Long.class);
            case DOUBLE -> rs.getObject(column, Double.class);
            case BOOLEAN -> rs.getObject(column, Boolean.class);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIMESTAMP -> instant(rs, column);
        };
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column as an instant, or null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
