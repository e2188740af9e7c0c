package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.SourceRecord;

/** Rows come back from the spill file as they went in (values of the same types, geometry equal), and the file goes away. */
class RecordSpillTest {
    @Test
    void rowsComeBackAsTheyWentInAndTheFileIsDeleted() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        Geometry polygon = new WKTReader(gf).read("MULTIPOLYGON (((112.9 27.8, 113 27.8, 113 27.9, 112.9 27.8)))");
        Geometry pointZ = gf.createPoint(new Coordinate(112.9, 27.8, 55.5));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("名称", "湘潭 \u0000 𠀀"); // NUL and a supplementary character
        a.put("面积", 1.25);
        a.put("编号", 430302L);
        a.put("层", 7);
        a.put("是否", true);
        a.put("日期", LocalDate.of(2026, 11, 29));
        a.put("时刻", Instant.parse("2026-11-29T01:02:03.456Z"));
        a.put("空", null);
        a.put("长文", "字".repeat(70_000));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("面积", false);
        List<SourceRecord> in = List.of(
                new SourceRecord("地块调查", 2, gf.createPoint(new Coordinate(112.87827006448833, 27.86214297192911)), CrsRegistry.WGS84, a),
                new SourceRecord("其他", 3, polygon, CrsRegistry.WGS84, b),
                new SourceRecord(null, 4, pointZ, CrsRegistry.WGS84, Map.of()));
        List<SourceRecord> out = new ArrayList<>();
        Path file;
        try (RecordSpill spill = new RecordSpill()) {
            for (SourceRecord r : in) spill.add(r, r.geometry());
            assertEquals(3, spill.count());
            spill.read(new ImportContext(null, new ImportReport("t"), ImportProgress.NONE), out::add);
            file = spill.file();
        }
        assertEquals(3, out.size());
        for (int i = 0; i < 3; i++) {
            SourceRecord e = in.get(i), g = out.get(i);
            assertEquals(e.sheet() == null ? "" : e.sheet(), g.sheet());
            assertEquals(e.row(), g.row());
            assertEquals(e.geometry(), g.geometry());
            assertEquals(List.copyOf(e.attributes().keySet()), List.copyOf(g.attributes().keySet()));
            assertEquals(e.attributes(), g.attributes());
        }
        assertEquals(55.5, out.get(2).geometry().getCoordinate().getZ());
        assertFalse(Files.exists(file));
    }
}
