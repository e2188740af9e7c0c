package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onemap.core.crs.Gcj02;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.Importers;

/** GeoJSON and KML imports, and importer discovery through ServiceLoader with parameter metadata. */
class FormatsImportTest extends ReferenceWorkspaceFixture {
    @Test
    void everyFormatHasAnImporterWithParameterMetadata() {
        Set<String> ids = Importers.all().stream().map(Importer::id).collect(Collectors.toSet());
        assertEquals(Set.of("shapefile", "table", "geojson", "kml", "geopackage"), ids);
        for (String f : new String[] {"a.shp", "a.xlsx", "a.xls", "a.csv", "a.geojson", "a.kml", "a.gpkg"}) {
            Importer i = Importers.forFile(Path.of(f));
            assertFalse(i.parameters().isEmpty(), i.id() + " declares its parameters");
        }
        assertTrue(Importers.forFile(Path.of("a.xlsx")).parameters().stream().anyMatch(p -> p.key().equals(ImportParameters.JOIN_NAME)));
    }

    @Test
    void importsGeoJsonPolygonsAndRepairsABowTie() throws IOException {
        Path f = dir.resolve("plots.geojson");
        Files.writeString(f, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"编号":"G1","crop":"水稻","area":2.5},
                  "geometry":{"type":"Polygon","coordinates":[[[112.90,27.75],[112.91,27.75],[112.91,27.76],[112.90,27.76],[112.90,27.75]]]}},
                 {"type":"Feature","properties":{"编号":"G2","crop":"茶叶","area":1},
                  "geometry":{"type":"Polygon","coordinates":[[[112.90,27.75],[112.91,27.76],[112.91,27.75],[112.90,27.76],[112.90,27.75]]]}}
                ]}""");
        ImportResult r = run(f, "plots", Map.of());
        assertEquals(2, r.written(), r.report().problems().toString());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.row() == 2 && p.fix().contains("GeometryFixer")), r.report().problems().toString());
        for (Feature feat : ws.layer("plots").list(Query.ALL)) assertTrue(feat.geometry().isValid(), feat.toString());
    }

    @Test
    void importsKmlPlacemarksAsGcj02WhenTold() throws IOException {
        double[] gcj = Gcj02.fromWgs84(112.91, 27.76);
        Path f = dir.resolve("marks.kml");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
                + "<Placemark><name>合作社</name><ExtendedData><Data name=\"crop\"><value>湘莲</value></Data></ExtendedData>"
                + "<Point><coordinates>" + gcj[0] + "," + gcj[1] + ",0</coordinates></Point></Placemark></Document></kml>");
        ImportResult r = run(f, "marks", Map.of(ImportParameters.SRS, "GCJ-02"));
        assertEquals(1, r.written(), r.report().problems().toString());
        Feature m = ws.layer("marks").list(Query.ALL).get(0);
        assertEquals("合作社", m.get("name"));
        assertEquals("湘莲", m.get("crop"));
        assertEquals(112.91, m.geometry().getCoordinate().x, 1e-5, "GCJ-02 converted back to WGS84");
    }

    @Test
    void previewShowsTheDetectedEncodingAndColumnsAndTextChangesWithTheEncoding() throws IOException {
        Path csv = dir.resolve("gbk.csv");
        Files.write(csv, "编号,村名,经度,纬度\nC1,团结村,112.91,27.76\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        WorkspaceImport.Preview p = new WorkspaceImport(ws).preview(csv, Map.of(), 10);
        assertTrue(p.description().stream().anyMatch(d -> d.contains("GB18030")), p.description().toString());
        assertEquals(java.util.List.of("编号", "村名", "经度", "纬度"), p.columns());
        assertEquals("团结村", p.rows().get(0).attributes().get("村名"));
        WorkspaceImport.Preview asUtf8 = new WorkspaceImport(ws).preview(csv, Map.of(ImportParameters.ENCODING, "UTF-8"), 10);
        assertFalse(asUtf8.columns().contains("村名"), "read as UTF-8 the GBK titles are garbled: " + asUtf8.columns());
        assertEquals(1, ws.layers().stream().filter(l -> l.name().equals("village")).count(), "a preview writes nothing");
    }
}
