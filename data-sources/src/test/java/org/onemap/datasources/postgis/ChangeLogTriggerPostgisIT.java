package org.onemap.datasources.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;

/** The change log is written by statement-level triggers, and layers of older catalogs (row-level trigger) are moved to them. */
class ChangeLogTriggerPostgisIT {
    private static final LayerSchema PARCEL = new LayerSchema("parcel", GeometryKind.POLYGON, 4326,
            List.of(FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING)));

    @RegisterExtension
    final FreshDatabase db = new FreshDatabase();

    @Test
    void multiRowStatementsLogEveryRowWithItsVersionAndUser() throws SQLException {
        try (PostgisDatabase pg = db.open("planner")) {
            pg.createLayer(PARCEL);
            try (Connection c = pg.connection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO parcel(id, parcel_code, crop) VALUES ('a', '1', '水稻'), ('b', '2', '茶叶')");
                s.execute("UPDATE parcel SET crop = '湘莲'");
                s.execute("UPDATE parcel SET crop = '油菜' WHERE false"); // no rows: no log entries
                s.execute("DELETE FROM parcel WHERE id = 'b'");
                assertEquals(List.of("a insert 1 planner", "b insert 1 planner", "a update 2 planner", "b update 2 planner", "b delete 2 planner"),
                        log(s));
            }
        }
    }

    @Test
    void aLayerOfAnOlderCatalogIsMovedToStatementLevelLogging() throws SQLException {
        try (PostgisDatabase pg = db.open("planner")) {
            pg.createLayer(PARCEL);
        }
        // what an older OneMap left: one row-level trigger calling onemap_log(), no onemap_log_set()
        try (PostgisDatabase admin = db.open("admin"); Connection c = admin.connection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER onemap_log_insert ON parcel");
            s.execute("DROP TRIGGER onemap_log_update ON parcel");
            s.execute("DROP TRIGGER onemap_log_delete ON parcel");
            s.execute("DROP FUNCTION onemap_log_set()");
            s.execute("CREATE FUNCTION onemap_log() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                    + "INSERT INTO onemap_log_parcel(feature_id, op, version, user_name) VALUES (NEW.id, 'old-' || lower(TG_OP), NEW.version, 'old'); "
                    + "RETURN NULL; END $f$");
            s.execute("CREATE TRIGGER onemap_log AFTER INSERT OR UPDATE OR DELETE ON parcel FOR EACH ROW EXECUTE FUNCTION onemap_log()");
        }
        try (PostgisDatabase pg = db.open("planner"); Connection c = pg.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO parcel(id, parcel_code, crop) VALUES ('a', '1', '水稻')");
            assertEquals(List.of("a insert 1 planner"), log(s), "opening the database upgraded the layer's triggers");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_trigger WHERE tgname = 'onemap_log'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the row-level trigger is gone");
            }
        }
    }

    private static List<String> log(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT feature_id, op, version, user_name FROM onemap_log_parcel ORDER BY seq")) {
            while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getString(4));
        }
        return out;
    }
}
