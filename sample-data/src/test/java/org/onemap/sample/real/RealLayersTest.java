package org.onemap.sample.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.SampleLayer;

class RealLayersTest {

    @Test
    void readsTheFiveCountiesWithoutTheCityOutline() {
        SampleLayer county = RealLayers.county();
        assertEquals(5, county.size(), "county layer must hold the 5 county-level units, not the city polygon");
        assertEquals(List.of("430302", "430304", "430321", "430381", "430382"),
                county.features().stream().map(f -> (String) f.get("adcode")).toList());
        for (Feature f : county.features()) {
            assertEquals("MultiPolygon", f.geometry().getGeometryType(), "county " + f.get("name") + " geometry type");
            assertTrue(f.geometry().isValid(), "county " + f.get("name") + " polygon is invalid after GCJ-02 conversion");
        }
    }

    @Test
    void countyWestEdgeIsAtWgs84PositionAfterGcj02Removal() {
        Envelope e = extent(RealLayers.county());
        // GCJ-02 file says 111.999702; WGS84 truth is ~600 m further west
        assertEquals(111.994, e.getMinX(), 0.002, "county west edge " + e.getMinX()
                + ": the Amap GCJ-02 shift was not removed (or removed twice)");
        assertTrue(e.getMinX() < 111.997, "west edge " + e.getMinX() + " still looks like raw GCJ-02 (111.9997)");
    }

    @Test
    void joinsCensus2020PopulationByAdcode() {
        Map<String, Feature> byCode = RealLayers.county().features().stream()
                .collect(Collectors.toMap(f -> (String) f.get("adcode"), f -> f));
        assertEquals(792_829L, byCode.get("430321").get("population"), "湘潭县 POPU from the 2020 census");
        assertEquals(103_357L, byCode.get("430382").get("population"), "韶山市 POPU from the 2020 census");
        for (Feature f : byCode.values()) {
            assertNotNull(f.get("households"), "households missing for " + f.get("name"));
            long hh = (Long) f.get("households");
            long pop = (Long) f.get("population");
            assertTrue(hh > pop / 4 && hh < pop / 2, f.get("name") + ": " + hh + " households for " + pop + " people");
        }
        long total = CountyCensus.loadAll().values().stream().mapToLong(CountyCensus::population).sum();
        assertEquals(2_726_181L, total, "city total incl. the three zones 430371–430373");
    }

    @Test
    void readsTownshipAndVillagePointsWithFullCodes() {
        SampleLayer township = RealLayers.township();
        SampleLayer village = RealLayers.village();
        assertEquals(64, township.size());
        assertEquals(117, village.size());
        for (Feature f : township.features()) {
            assertTrue(((String) f.get("code")).matches("\\d{12}"), "township code " + f.get("code"));
            assertNotNull(f.get("county"), "township without county: " + f);
        }
        for (Feature f : village.features()) {
            assertTrue(((String) f.get("code")).matches("\\d{12}"), "village code " + f.get("code"));
            assertTrue(((String) f.get("code")).startsWith((String) f.get("county_code")), "village " + f);
            assertNotNull(f.get("town"), "village without town: " + f);
        }
    }

    @Test
    void pointsFallInsideTheConvertedCounties() {
        Map<String, Feature> byCode = RealLayers.county().features().stream()
                .collect(Collectors.toMap(f -> (String) f.get("adcode"), f -> f));
        long outside = RealLayers.township().features().stream()
                .filter(t -> !byCode.get(t.get("county_code")).geometry().contains(t.geometry())).count();
        assertTrue(outside <= 1, outside + " township centres fall outside their own county after conversion");
        for (Map.Entry<String, Point> seat : RealLayers.countySeats().entrySet()) {
            assertTrue(byCode.get(seat.getKey()).geometry().contains(seat.getValue()), "county seat " + seat.getKey() + " outside its county");
        }
    }

    @Test
    void keepsUnnamedRailwayStationsWithNullName() {
        SampleLayer stations = RealLayers.railwayStation();
        assertEquals(24, stations.size());
        assertTrue(stations.features().stream().anyMatch(f -> f.get("name") == null), "OSM has unnamed stations; they must stay null");
        assertTrue(stations.features().stream().anyMatch(f -> "湘潭".equals(f.get("name"))), "湘潭 station missing");
        Feature xiangtan = stations.features().stream().filter(f -> "湘潭".equals(f.get("name"))).findFirst().orElseThrow();
        assertEquals(112.908008, xiangtan.geometry().getCoordinate().x, 1e-9, "OSM is WGS84 already: must not be shifted");
    }

    @Test
    void clipsTheXiangRiverToTheXiangtanBox() {
        SampleLayer river = RealLayers.river();
        assertFalse(river.features().isEmpty(), "no river piece inside " + RealLayers.RIVER_CLIP);
        for (Feature f : river.features()) {
            assertEquals("湘江", f.get("name_zh"));
            assertEquals("LineString", f.geometry().getGeometryType());
            assertTrue(RealLayers.RIVER_CLIP.covers(f.geometry().getEnvelopeInternal()), "river piece leaves the clip box");
        }
        assertTrue(extent(river).intersects(extent(RealLayers.county())), "the Xiang must cross Xiangtan");
    }

    @Test
    void declaresLonLatSchemasWithCanonicalNames() {
        List<SampleLayer> all = RealLayers.all();
        assertEquals(List.of("county", "township", "village", "railway_station", "river"), all.stream().map(SampleLayer::name).toList());
        for (SampleLayer l : all) {
            assertEquals(LayerSchema.WGS84, l.schema().srid(), l.name() + " srid");
            for (Feature f : l.features()) {
                assertNull(f.id(), "sample features carry no id; the store assigns one");
                assertEquals(LayerSchema.WGS84, f.geometry().getSRID(), l.name() + " geometry SRID");
                GeometryKind kind = GeometryKind.of(f.geometry());
                assertEquals(l.schema().geometryType(), kind, l.name() + " geometry kind");
            }
        }
    }

    @Test
    void shipsEveryRealFileAndCopiesIt(@TempDir Path dir) throws Exception {
        for (RealData d : RealData.values()) {
            try (InputStream in = d.open()) {
                assertTrue(in.read() >= 0, d.relativePath() + " is empty");
            }
        }
        Path copied = RealData.DISTRICTS_DBF.copyTo(dir);
        assertEquals(Files.size(copied), RealData.DISTRICTS_DBF.url().openConnection().getContentLengthLong());
    }

    private static Envelope extent(SampleLayer layer) {
        Envelope e = new Envelope();
        layer.features().forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e;
    }
}
