package org.onemap.datasources.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSourceException;

/**
 * OneMap's tables and triggers in a PostGIS schema. A layer is a table {@code <layer>} with a text
 * {@code id} (UUID by default, or a node-prefixed id from a synced workspace: no sequence decides
 * identity, so the table can be distributed, DESIGN.md "Beyond one machine"), {@code geom} with a GiST
 * index, its fields and {@code version/updated_at/updated_by} kept by the {@code onemap_stamp} trigger.
 * Every change appends to the layer's own change log {@code onemap_log_<layer>} (feature id, op,
 * version, writing transaction id) and notifies channel {@value #CHANNEL} with the layer name.
 */
final class PostgisCatalog {
    /** The LISTEN/NOTIFY channel; the payload is the layer name. */
    static final String CHANNEL = "onemap_change";
    /** Session setting that makes the stamp trigger keep given versions (the sync engine writing). */
    static final String SYNC_SETTING = "onemap.sync";
    /** Session setting naming the OneMap user for {@code updated_by} and the log. */
    static final String USER_SETTING = "onemap.user";
    static final String LOG_PREFIX = "onemap_log_";
    /** Transition tables of the change-log triggers. */
    private static final String NEW_ROWS = "onemap_new_rows";
    private static final String OLD_ROWS = "onemap_old_rows";

    private PostgisCatalog() {}

    /** Creates PostGIS, the catalog and the trigger functions where missing. */
    static void ensure(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            // already set up: change nothing, so users without owner rights on the catalog can still connect
            if (exists(s, "SELECT 1 FROM information_schema.columns WHERE table_schema = '" + schema + "' AND table_name = 'onemap_layer' "
                    + "AND column_name = 'published_by' AND to_regproc('" + schema + ".onemap_stamp') IS NOT NULL "
                    + "AND to_regproc('" + schema + ".onemap_log_set') IS NOT NULL AND to_regproc('" + schema + ".onemap_notify') IS NOT NULL")) {
                return;
            }
            if (!exists(s, "SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) {
                try {
                    s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
                } catch (SQLException e) {
                    throw new DataSourceException("the database has no PostGIS and OneMap may not create it (" + e.getMessage().trim()
                            + "): ask the administrator to run CREATE EXTENSION postgis", e);
                }
            }
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute("CREATE TABLE IF NOT EXISTS " + schema + ".onemap_layer(name text PRIMARY KEY, geometry_type text NOT NULL, "
                    + "srid integer NOT NULL, position integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), published_by text)");
            s.execute("ALTER TABLE " + schema + ".onemap_layer ADD COLUMN IF NOT EXISTS published_by text"); // catalogs of older versions
            s.execute("CREATE OR REPLACE FUNCTION " + schema + ".onemap_stamp() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
                    + "DECLARE who text := coalesce(nullif(current_setting('" + USER_SETTING + "', true), ''), session_user);\n"
                    + "BEGIN\n"
                    + "  IF coalesce(current_setting('" + SYNC_SETTING + "', true), '') = 'on' THEN\n"
                    + "    NEW.version := coalesce(NEW.version, 1); NEW.updated_at := coalesce(NEW.updated_at, now());\n"
                    + "    NEW.updated_by := coalesce(NEW.updated_by, who); RETURN NEW;\n"
                    + "  END IF;\n"
                    + "  IF TG_OP = 'UPDATE' THEN\n"
                    + "    NEW.version := OLD.version + 1; NEW.updated_at := now(); NEW.updated_by := who;\n"
                    + "  ELSE\n"
                    + "    NEW.version := coalesce(NEW.version, 1); NEW.updated_at := coalesce(NEW.updated_at, now());\n"
                    + "    NEW.updated_by := coalesce(NEW.updated_by, who);\n"
                    + "  END IF;\n"
                    + "  RETURN NEW;\n"
                    + "END $f$");
            // statement level, reading the transition table: one INSERT … SELECT per statement instead of a
            // dynamic INSERT per row, which made a 100k-row UPDATE ~25× slower than without the log
            s.execute("CREATE OR REPLACE FUNCTION " + schema + ".onemap_log_set() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
                    + "BEGIN\n"
                    + "  EXECUTE format('INSERT INTO %I.%I(feature_id, op, version, user_name) SELECT id, $1, version, $2 FROM '\n"
                    + "      || CASE TG_OP WHEN 'DELETE' THEN '" + OLD_ROWS + "' ELSE '" + NEW_ROWS + "' END,\n"
                    + "      TG_TABLE_SCHEMA, '" + LOG_PREFIX + "' || TG_TABLE_NAME)\n"
                    + "    USING lower(TG_OP), coalesce(nullif(current_setting('" + USER_SETTING + "', true), ''), session_user);\n"
                    + "  RETURN NULL;\n"
                    + "END $f$");
            upgradeLogTriggers(c, s, schema);
            // statement level: one notification per layer and transaction, however many rows changed
            s.execute("CREATE OR REPLACE FUNCTION " + schema + ".onemap_notify() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
                    + "BEGIN PERFORM pg_notify('" + CHANNEL + "', TG_TABLE_NAME); RETURN NULL; END $f$");
        }
    }

    /** The layers in catalog order whose tables exist. */
    static List<String> layerNames(Connection c, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.name FROM " + schema + ".onemap_layer l "
                + "WHERE to_regclass(quote_ident(?) || '.' || quote_ident(l.name)) IS NOT NULL ORDER BY l.position, l.name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The stored schema of a layer, or null when the catalog has none of that name. */
    static LayerSchema describe(Connection c, String schema, String layer) throws SQLException {
        GeometryKind kind;
        int srid;
        try (PreparedStatement ps = c.prepareStatement("SELECT geometry_type, srid FROM " + schema + ".onemap_layer WHERE name = ?")) {
            ps.setString(1, layer.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                kind = GeometryKind.parse(rs.getString(1));
                srid = rs.getInt(2);
            }
        }
        List<FieldDef> fields = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, schema);
            ps.setString(2, layer.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (PostgisValues.BOOKKEEPING.contains(name)) continue;
                    FieldType t = PostgisValues.fieldType(rs.getString(2));
                    if (t != null) fields.add(new FieldDef(name, t, "NO".equals(rs.getString(3))));
                }
            }
        }
        return new LayerSchema(layer.toLowerCase(Locale.ROOT), kind, srid, fields);
    }

    /** Creates table, GiST index, change log, triggers and catalog row of a new layer, in the caller's transaction. */
    static void createLayer(Connection c, String schema, LayerSchema layer) throws SQLException {
        String name = checkName(layer.name());
        String table = schema + "." + name;
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table)
                .append("(id text PRIMARY KEY DEFAULT gen_random_uuid()::text, geom geometry(")
                .append(layer.geometryType().name()).append(", ").append(LayerSchema.WGS84).append(")");
        for (FieldDef f : layer.fields()) {
            String col = f.name().toLowerCase(Locale.ROOT);
            if (!col.matches("[a-z][a-z0-9_]{0,62}") || PostgisValues.BOOKKEEPING.contains(col)) {
                throw new DataSourceException("invalid field name '" + f.name() + "' for PostGIS layer " + name);
            }
            ddl.append(", \"").append(col).append("\" ").append(PostgisValues.sqlType(f.type()));
            if (f.required()) ddl.append(" NOT NULL");
        }
        ddl.append(", version bigint NOT NULL DEFAULT 1, updated_at timestamptz, updated_by text)");
        String log = schema + "." + LOG_PREFIX + name;
        try (Statement s = c.createStatement()) {
            s.execute(ddl.toString());
            s.execute("CREATE INDEX " + name + "_geom_gist ON " + table + " USING gist (geom)");
            // the log's own serial only orders entries; pulls select by transaction id, see PostgisChanges
            s.execute("CREATE TABLE " + log + "(seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "txid bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint), feature_id text NOT NULL, op text NOT NULL, "
                    + "version bigint, at timestamptz NOT NULL DEFAULT now(), user_name text)");
            s.execute("CREATE INDEX " + LOG_PREFIX + name + "_txid ON " + log + "(txid)");
            s.execute("CREATE TRIGGER onemap_stamp BEFORE INSERT OR UPDATE ON " + table + " FOR EACH ROW EXECUTE FUNCTION " + schema + ".onemap_stamp()");
            createLogTriggers(s, schema, table);
            s.execute("CREATE TRIGGER onemap_notify AFTER INSERT OR UPDATE OR DELETE ON " + table + " FOR EACH STATEMENT EXECUTE FUNCTION " + schema + ".onemap_notify()");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".onemap_layer(name, geometry_type, srid, position) "
                + "SELECT ?, ?, ?, coalesce(max(position), 0) + 1 FROM " + schema + ".onemap_layer")) {
            ps.setString(1, name);
            ps.setString(2, layer.geometryType().name());
            ps.setInt(3, LayerSchema.WGS84);
            ps.executeUpdate();
        }
    }

    /** The change-log triggers of a layer table: one per event, as PostgreSQL allows transition tables only on single-event triggers. */
    private static void createLogTriggers(Statement s, String schema, String table) throws SQLException {
        String fn = " FOR EACH STATEMENT EXECUTE FUNCTION " + schema + ".onemap_log_set()";
        s.execute("CREATE TRIGGER onemap_log_insert AFTER INSERT ON " + table + " REFERENCING NEW TABLE AS " + NEW_ROWS + fn);
        s.execute("CREATE TRIGGER onemap_log_update AFTER UPDATE ON " + table + " REFERENCING NEW TABLE AS " + NEW_ROWS + fn);
        s.execute("CREATE TRIGGER onemap_log_delete AFTER DELETE ON " + table + " REFERENCING OLD TABLE AS " + OLD_ROWS + fn);
    }

    /** Layers made by an older OneMap log row by row (trigger {@code onemap_log}): moved to the statement-level triggers. */
    private static void upgradeLogTriggers(Connection c, Statement s, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND t.tgname = 'onemap_log'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            String table = schema + "." + t;
            s.execute("DROP TRIGGER onemap_log ON " + table);
            createLogTriggers(s, schema, table);
        }
    }

    /** Layer names become table names with a change-log sibling: keep both within PostgreSQL's 63 characters. */
    static String checkName(String layer) {
        String name = layer == null ? "" : layer.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9_]{0,51}") || name.startsWith("onemap_")) {
            throw new DataSourceException("invalid PostGIS layer name '" + layer + "': a lower-case letter and up to 51 letters, "
                    + "digits or '_', not starting with onemap_");
        }
        return name;
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }
}
