package org.onemap.datasources.gpkg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;

/**
 * Maps GeoPackage column types (Table 1 of the spec, plus what GDAL writes) to OneMap field types and
 * converts values both ways. SQLite stores dates as ISO-8601 text and booleans as 0/1.
 */
public final class GpkgColumns {
    private GpkgColumns() {}

    /** The field type of a declared column type, or null for types OneMap does not carry (BLOB). */
    static FieldType fieldType(String declared) {
        String t = declared == null ? "" : declared.toUpperCase(Locale.ROOT).replaceAll("\\(.*", "").trim();
        return switch (t) {
            case "TEXT", "VARCHAR", "CHAR", "CLOB", "" -> FieldType.STRING;
            case "INTEGER", "BIGINT", "INT8" -> FieldType.LONG;
            case "INT", "MEDIUMINT", "SMALLINT", "TINYINT" -> FieldType.INTEGER;
            case "REAL", "DOUBLE", "FLOAT", "NUMERIC", "DECIMAL" -> FieldType.DOUBLE;
            case "BOOLEAN" -> FieldType.BOOLEAN;
            case "DATE" -> FieldType.DATE;
            case "DATETIME", "TIMESTAMP" -> FieldType.TIMESTAMP;
            default -> t.startsWith("TEXT") || t.startsWith("VARCHAR") ? FieldType.STRING : null;
        };
    }

    public static String sqlType(FieldDef d) {
        return switch (d.type()) {
            case STRING -> "TEXT";
            case INTEGER -> "MEDIUMINT";
            case LONG -> "INTEGER";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "DATETIME";
        };
    }

    /** A Java attribute value → what SQLite stores. */
    public static Object toSql(Object v) {
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof Instant t) return t.toString();
        if (v instanceof java.time.temporal.TemporalAccessor t) return t.toString();
        if (v instanceof java.util.Date d) return d.toInstant().toString();
        return v;
    }

    /** What sqlite-jdbc returns → the Java class {@link FieldType#javaType()} names. */
    static Object fromSql(Object v, FieldType type) {
        if (v == null) return null;
        try {
            return switch (type) {
                case STRING -> v.toString();
                case INTEGER -> v instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(v.toString().trim());
                case LONG -> v instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(v.toString().trim());
                case DOUBLE -> v instanceof Number n ? Double.valueOf(n.doubleValue()) : Double.valueOf(v.toString().trim());
                case BOOLEAN -> v instanceof Number n ? Boolean.valueOf(n.intValue() != 0) : Boolean.valueOf(v.toString().trim());
                case DATE -> LocalDate.parse(v.toString().trim().substring(0, 10));
                case TIMESTAMP -> instant(v.toString().trim());
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            return v.toString(); // a foreign file with a wrong value: show it rather than fail the whole read
        }
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        }
    }
}
