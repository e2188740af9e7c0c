package org.onemap.datasources.h2gis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * A layer as stored: its schema (read back from the table, so columns added with SQL show up) and the
 * stored identifier of each field, which is what SQL needs.
 */
record LayerTable(LayerSchema schema, String table, Map<String, String> storedFields) {

    /** Builds the layer from its catalog geometry type and the table's columns. */
    static LayerTable of(String name, GeometryKind kind, int srid, String table, TableColumns columns) {
        List<FieldDef> fields = new ArrayList<>();
        Map<String, String> stored = new LinkedHashMap<>();
        for (TableColumns.Column c : columns.columns()) {
            if (SqlNames.BOOKKEEPING.contains(c.name())) continue;
            FieldType type = fieldType(c.dataType());
            if (type == null) continue; // a second geometry or a binary column added with SQL: not an attribute
            fields.add(new FieldDef(c.name(), type, !c.nullable()));
            stored.put(c.name(), c.stored());
        }
        return new LayerTable(new LayerSchema(name, kind, srid, fields), table, Map.copyOf(stored));
    }

    /** The attribute type of an H2 column type, or null for columns that are not attributes. */
    static FieldType fieldType(String dataType) {
        String t = dataType.toUpperCase(Locale.ROOT);
        if (t.startsWith("CHARACTER") || t.equals("VARCHAR_IGNORECASE") || t.equals("ENUM") || t.equals("UUID") || t.equals("JSON")) {
            return FieldType.STRING;
        }
        return switch (t) {
            case "INTEGER", "SMALLINT", "TINYINT" -> FieldType.INTEGER;
            case "BIGINT" -> FieldType.LONG;
            case "DOUBLE PRECISION", "REAL", "NUMERIC", "DECIMAL", "DECFLOAT" -> FieldType.DOUBLE;
            case "BOOLEAN" -> FieldType.BOOLEAN;
            case "DATE" -> FieldType.DATE;
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMP" -> FieldType.TIMESTAMP;
            default -> null;
        };
    }

    /** The H2 column type a new field of this type gets. */
    static String sqlType(FieldType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
        };
    }

    String name() { return schema.name(); }

    String quotedTable() { return quoteStored(table); }

    /** The field definition for a user-given name (case-insensitive), or null. */
    FieldDef field(String name) {
        return schema.field(name).orElse(null);
    }

    /**
     * The quoted column for a field or bookkeeping name, as used in filters.
     *
     * @throws DataSourceException naming the layer's fields when there is no such column
     */
    String column(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (SqlNames.BOOKKEEPING.contains(n)) return SqlNames.quote(n);
        FieldDef f = field(name);
        if (f == null) {
            throw new DataSourceException("layer " + name() + " has no field '" + name + "'; its fields are: "
                    + String.join(", ", schema.fields().stream().map(FieldDef::name).toList()));
        }
        return quoteStored(storedFields.get(f.name()));
    }

    static String quoteStored(String stored) {
        return '"' + stored.replace("\"", "\"\"") + '"';
    }
}
