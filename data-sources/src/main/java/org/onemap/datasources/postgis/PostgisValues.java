package org.onemap.datasources.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;
import org.onemap.datasources.jdbc.AttributeColumns;

/**
 * PostGIS rows ⇄ {@link Feature}s: SQL types of fields, the select list, and geometries as WKB (JTS
 * reads and writes it, so the PostGIS JDBC extension is not needed).
 */
public final class PostgisValues {
    /** Columns every layer table has besides its fields. */
    public static final Set<String> BOOKKEEPING = Set.of("id", "geom", "version", "updated_at", "updated_by");

    private PostgisValues() {}

    static FieldType fieldType(String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "text", "character varying", "character", "uuid", "json", "jsonb" -> FieldType.STRING;
            case "integer", "smallint" -> FieldType.INTEGER;
            case "bigint" -> FieldType.LONG;
            case "double precision", "real", "numeric" -> FieldType.DOUBLE;
            case "boolean" -> FieldType.BOOLEAN;
            case "date" -> FieldType.DATE;
            case "timestamp with time zone", "timestamp without time zone" -> FieldType.TIMESTAMP;
            default -> null;
        };
    }

    static String sqlType(FieldType type) {
        return switch (type) {
            case STRING -> "text";
            case INTEGER -> "integer";
            case LONG -> "bigint";
            case DOUBLE -> "double precision";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
        };
    }

    /** {@code id, ST_AsBinary(geom), <fields…>, version, updated_at, updated_by}: what {@link #read} expects. */
    public static String selectList(LayerSchema schema) {
        StringBuilder sb = new StringBuilder("id, ST_AsBinary(geom)");
        for (FieldDef f : schema.fields()) sb.append(", ").append(quote(f.name()));
        return sb.append(", version, updated_at, updated_by").toString();
    }

    /** Reads a row selected with {@link #selectList}. */
    public static Feature read(ResultSet rs, LayerSchema schema) throws SQLException {
        List<FieldDef> fields = schema.fields();
        Map<String, Object> attrs = AttributeColumns.read(rs, fields, 3);
        return new Feature(rs.getString(1), geometry(rs.getBytes(2)), attrs, rs.getLong(fields.size() + 3));
    }

    /** {@code updated_at} and {@code updated_by} of a row selected with {@link #selectList}. */
    public static Stamp stamp(ResultSet rs, LayerSchema schema) throws SQLException {
        int n = schema.fields().size();
        return new Stamp(AttributeColumns.instant(rs, n + 4), rs.getString(n + 5));
    }

    /** Who last changed a feature, and when. */
    public record Stamp(Instant at, String by) {}

    /** Binds an attribute value of a field of {@code type}. */
    public static void bind(PreparedStatement ps, int i, Object v, FieldType type) throws SQLException {
        if (v == null) {
            ps.setNull(i, switch (type) {
                case STRING -> java.sql.Types.VARCHAR;
                case INTEGER -> java.sql.Types.INTEGER;
                case LONG -> java.sql.Types.BIGINT;
                case DOUBLE -> java.sql.Types.DOUBLE;
                case BOOLEAN -> java.sql.Types.BOOLEAN;
                case DATE -> java.sql.Types.DATE;
                case TIMESTAMP -> java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
            });
            return;
        }
        Object b = v;
        if (v instanceof Instant t) b = OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
        else if (type == FieldType.STRING && !(v instanceof String)) b = v.toString();
        ps.setObject(i, b);
    }

    /** Binds a geometry for {@code ST_GeomFromWKB(?, 4326)}. */
    public static void bindGeometry(PreparedStatement ps, int i, Geometry g) throws SQLException {
        if (g == null) ps.setNull(i, java.sql.Types.BINARY);
        else ps.setBytes(i, new WKBWriter(2).write(g));
    }

    static Geometry geometry(byte[] wkb) {
        if (wkb == null) return null;
        try {
            Geometry g = new WKBReader().read(wkb);
            g.setSRID(LayerSchema.WGS84);
            return g;
        } catch (ParseException e) {
            throw new DataSourceException("PostGIS returned a geometry OneMap cannot read: " + e.getMessage(), e);
        }
    }

    /** A field name as a quoted PostgreSQL identifier. */
    public static String quote(String name) {
        return '"' + name.toLowerCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }
}
