package org.onemap.datasources.sync;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;
import org.onemap.datasources.postgis.PostgisValues;
import org.postgresql.PGConnection;

/**
 * A temporary table of the server session holding one batch of rows to write to a layer, loaded with
 * {@code COPY} (PgJDBC's CopyManager): the write itself is then one set-based statement joining it, instead
 * of one bound statement per row. The table copies the layer's column types (so a {@code numeric} or
 * {@code varchar} field needs no cast), has the geometry unconstrained (WKB without SRID, set when written)
 * and an {@value #EXPECTED} column for the version the write expects; it is dropped at commit.
 */
final class RemoteStage {
    static final String EXPECTED = "onemap_expected";

    private final Connection c;
    private final String table;
    private final LayerSchema schema;
    private final String name;
    private final List<String> columns = new ArrayList<>();

    RemoteStage(Connection c, String table, LayerSchema schema) {
        this.c = c;
        this.table = table;
        this.schema = schema;
        this.name = "onemap_stage_" + schema.name();
        columns.add("id");
        columns.add("geom");
        for (FieldDef f : schema.fields()) columns.add(PostgisValues.quote(f.name()));
        columns.addAll(List.of("version", "updated_at", "updated_by"));
    }

    String name() { return name; }

    /** The layer columns a write sets, in staging order. */
    String columns() { return String.join(", ", columns); }

    /** The staged values for {@link #columns()}, of the stage aliased {@code s}. */
    String values() {
        return String.join(", ", columns.stream().map(RemoteStage::value).toList());
    }

    /** {@code col = value, …} of every column but the id, for {@code UPDATE … FROM} the stage aliased {@code s}. */
    String assignments() {
        return String.join(", ", columns.stream().skip(1).map(col -> col + " = " + value(col)).toList());
    }

    private static String value(String col) {
        return col.equals("geom") ? "ST_SetSRID(s.geom, " + LayerSchema.WGS84 + ")" : "s." + col;
    }

    /** Replaces the stage's content with {@code writes}. */
    void load(List<RemoteRows.Write> writes) throws SQLException {
        try (Statement s = c.createStatement()) {
            StringBuilder select = new StringBuilder();
            for (String col : columns) select.append(col.equals("geom") ? "geom::geometry AS geom" : col).append(", ");
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + name + " ON COMMIT DROP AS SELECT " + select + "version AS " + EXPECTED
                    + " FROM " + table + " WITH NO DATA");
            s.execute("TRUNCATE " + name);
        }
        StringBuilder text = new StringBuilder(writes.size() * 256);
        WKBWriter wkb = new WKBWriter(2);
        for (RemoteRows.Write w : writes) line(text, w, wkb);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + name + "(" + columns() + ", " + EXPECTED + ") FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot stage rows for " + table + ": " + e.getMessage(), e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE " + name); // a fresh temp table has no statistics: let the planner see the batch size
        }
    }

    /** One row in COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    private void line(StringBuilder out, RemoteRows.Write w, WKBWriter wkb) {
        Row row = w.row();
        field(out, w.id());
        out.append('\t');
        Geometry g = row.feature().geometry();
        if (g == null) out.append("\\N");
        else out.append(WKBWriter.toHex(wkb.write(g)));
        for (FieldDef f : schema.fields()) {
            out.append('\t');
            field(out, text(row.feature().get(f.name())));
        }
        out.append('\t').append(row.version()).append('\t');
        field(out, (row.updatedAt() == null ? OffsetDateTime.now() : OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC)).toString());
        out.append('\t');
        field(out, row.updatedBy());
        out.append('\t').append(w.expectedVersion()).append('\n');
    }

    /** A field value as PostgreSQL reads it from text: ISO dates and instants, Java's number and boolean spelling. */
    private static String text(Object v) {
        if (v == null) return null;
        if (v instanceof Instant t) return OffsetDateTime.ofInstant(t, ZoneOffset.UTC).toString();
        return v.toString();
    }

    private static void field(StringBuilder out, String v) {
        if (v == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
