package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.h2gis.functions.factory.H2GISFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/** The workspace store (H2GIS) must read what OneMap writes, with the Chinese text intact. */
class H2gisInteropTest {
    @TempDir Path dir;

    @Test
    void h2gisShpReadLoadsTheGbkShapefile() throws Exception {
        Path shp = dir.resolve("parcels.shp");
        WKTReader wkt = new WKTReader();
        try (ShapefileWriter w = ShapefileWriter.create(shp, ShapeType.POLYGON, List.of(
                DbfField.text("crop", 20), DbfField.decimal("area_mu", 12, 2), DbfField.date("survey_date")))) {
            w.write(wkt.read("POLYGON ((112.90 27.80, 112.91 27.80, 112.91 27.81, 112.90 27.80), (112.905 27.801, 112.908 27.801, 112.908 27.804, 112.905 27.801))"),
                    "水稻", 3.25, LocalDate.of(2024, 6, 1));
            w.write(wkt.read("POLYGON ((113 28, 113.01 28, 113.01 28.01, 113 28))"), "湘莲", 1.5, null);
            w.commit();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:h2gis_interop;DB_CLOSE_DELAY=-1", "sa", "")) {
            H2GISFunctions.load(c); // seconds: one test only
            try (Statement s = c.createStatement()) {
                s.execute("CALL SHPRead('" + shp.toAbsolutePath().toString().replace("'", "''") + "', 'PARCELS')");
                try (ResultSet rs = s.executeQuery("SELECT CROP, AREA_MU, ST_NumInteriorRings(THE_GEOM) FROM PARCELS ORDER BY AREA_MU DESC")) {
                    assertTrue(rs.next(), "H2GIS read no rows");
                    assertEquals("水稻", rs.getString(1), "GBK text through H2GIS");
                    assertEquals(3.25, rs.getDouble(2));
                    assertEquals(1, rs.getInt(3), "the hole survives");
                    // no SRID check: H2GIS maps a .prj only through an AUTHORITY clause, which ESRI-style WKT lacks
                    assertTrue(rs.next());
                    assertEquals("湘莲", rs.getString(1));
                }
            }
        }
    }
}
