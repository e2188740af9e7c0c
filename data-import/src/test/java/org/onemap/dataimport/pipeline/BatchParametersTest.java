package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportProgress;

/** A folder of different files: each gets the parameters that fit it, and detects the rest itself. */
class BatchParametersTest extends ReferenceWorkspaceFixture {
    private Path gbkCsv() throws IOException {
        Path csv = dir.resolve("a_gbk.csv");
        Files.writeString(csv, "编号,村名,经度,纬度\nG1,团结村,112.91,27.76\nG2,和平村,112.92,27.77\n", Charset.forName("GBK"));
        return csv;
    }

    private Path utf8Csv() throws IOException {
        Path csv = dir.resolve("b_utf8.csv");
        Files.writeString(csv, "编号,作物,lon,lat\nU1,水稻,112.93,27.78\n", StandardCharsets.UTF_8);
        return csv;
    }

    private Path geojson() throws IOException {
        Path f = dir.resolve("c.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"名称\":\"泵站\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.9,27.8]}}]}", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void flagsGoOnlyToFilesWhoseImporterTakesThemAndColumnsOnlyToFilesThatHaveThem() throws IOException {
        BatchParameters cli = BatchParameters.same(Map.of(ImportParameters.X, "经度", ImportParameters.Y, "纬度", ImportParameters.SRS, "EPSG:4326"));
        assertEquals(Map.of(ImportParameters.X, "经度", ImportParameters.Y, "纬度", ImportParameters.SRS, "EPSG:4326"), cli.forFile(gbkCsv()));
        assertEquals(Map.of(ImportParameters.SRS, "EPSG:4326"), cli.forFile(utf8Csv()),
                "a file titled lon/lat must not be told to look for 经度/纬度: it detects its own columns");
        assertEquals(Map.of(ImportParameters.SRS, "EPSG:4326"), cli.forFile(geojson()), "GeoJSON takes no column or encoding parameters");
    }

    @Test
    void whatTheUserChoseWhilePreviewingOneFileStaysWithThatFile() throws IOException {
        Path gbk = gbkCsv();
        Path utf8 = utf8Csv();
        BatchParameters wizard = new BatchParameters(Map.of(), gbk, Map.of(ImportParameters.ENCODING, "GBK", ImportParameters.X, "经度", ImportParameters.Y, "纬度"));
        assertEquals("GBK", wizard.forFile(gbk).get(ImportParameters.ENCODING));
        assertEquals(Map.of(), wizard.forFile(utf8), "the UTF-8 file detects its own encoding and columns");

        // and the batch imports both correctly: Chinese text intact in each
        for (Path f : List.of(gbk, utf8)) {
            new WorkspaceImport(ws).run(f, new ImportRequest(null, wizard.forFile(f), null, null, "tester"), ImportProgress.NONE);
        }
        assertTrue(ws.sql("SELECT * FROM a_gbk").rows().stream().anyMatch(row -> row.contains("团结村")), "the GBK file was read as GBK");
        assertTrue(ws.sql("SELECT * FROM b_utf8").rows().stream().anyMatch(row -> row.contains("水稻")), "the UTF-8 file was not read as GBK");
    }
}
