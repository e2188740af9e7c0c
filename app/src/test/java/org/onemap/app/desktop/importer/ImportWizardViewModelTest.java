package org.onemap.app.desktop.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.app.desktop.Messages;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.pipeline.ImportRequest;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** The import wizard's view-model on a real empty workspace, without a running toolkit. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    private H2gisWorkspace workspace;
    private ImportWizardViewModel vm;

    @BeforeEach
    void open() throws IOException {
        workspace = H2gisWorkspace.open(Files.createDirectories(dir.resolve("ws")), "wizard-test");
        vm = new ImportWizardViewModel(workspace, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), Runnable::run, Runnable::run);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void switchingTheEncodingRereadsThePreviewText() throws IOException {
        Path csv = dir.resolve("villages.csv");
        Files.writeString(csv, "编号,村名,经度,纬度\n1,韶山村,112.5265,27.9150\n2,花石村,112.7456,27.6032\n", Charset.forName("GBK"));
        vm.setFiles(List.of(csv));
        assertTrue(vm.getPreviewText().contains("韶山村"), "a GBK CSV should be detected as GBK and preview readable; preview:\n" + vm.getPreviewText());

        vm.field(ImportParameters.ENCODING).setValue("UTF-8");
        String asUtf8 = vm.getPreviewText();
        assertFalse(asUtf8.contains("韶山村"), "read as UTF-8 the GBK bytes cannot spell 韶山村; preview:\n" + asUtf8);

        vm.field(ImportParameters.ENCODING).setValue("GBK");
        assertTrue(vm.getPreviewText().contains("韶山村"), "switching back to GBK should show the names again; preview:\n" + vm.getPreviewText());
        assertNotEquals(asUtf8, vm.getPreviewText());
        assertEquals("经度", vm.field(ImportParameters.X).getValue(), "the lon column should be re-detected after the switch");
    }

    @Test
    void fieldsAreGeneratedFromTheImportersParametersWithTheMappingPrefilled() throws IOException {
        vm.setFiles(List.of(VillageSurveyWorkbook.write(dir.resolve("survey.xlsx"))));
        assertEquals(List.of("x", "y", "joinCode", "joinName"), vm.mappingFields().stream().map(ParameterField::key).toList());
        assertTrue(vm.optionFields().stream().anyMatch(f -> f.key().equals(ImportParameters.ENCODING) && f.label().equals("字符编码")),
                "the encoding parameter should be offered with its Chinese label; fields: " + vm.optionFields().stream().map(ParameterField::label).toList());
        assertEquals(List.of("编号", "村名", "经度", "纬度", "作物", "面积(亩)"), vm.previewColumns());
        assertEquals("经度", vm.field(ImportParameters.X).getValue());
        assertEquals("纬度", vm.field(ImportParameters.Y).getValue());
        assertTrue(vm.field(ImportParameters.X).choices().contains("面积(亩)"), "the column drop-downs should offer every source column");
        assertEquals("survey", vm.layerNameProperty().get(), "the layer is named after the file");
    }

    @Test
    void validRowsModeWritesFourVillagesAndLocatesTheTextInTheLonColumn() throws IOException {
        vm.setFiles(List.of(VillageSurveyWorkbook.write(dir.resolve("survey.xlsx"))));
        vm.layerNameProperty().set("survey_villages");
        vm.rowModeProperty().set(ImportRequest.RowMode.VALID_ROWS);
        vm.start();

        assertEquals(ImportStep.DONE, vm.getStep(), "status: " + vm.statusProperty().get());
        assertEquals(4, vm.writtenProperty().get());
        ImportProblem p = vm.problems().stream().filter(ImportProblem::isError).findFirst().orElseThrow(
                () -> new AssertionError("the text in 经度 should be reported; problems: " + vm.problems()));
        assertEquals(VillageSurveyWorkbook.BAD_ROW, p.row());
        assertEquals("经度", p.column());
        assertEquals(VillageSurveyWorkbook.BAD_LON, p.value());
        assertTrue(workspace.hasLayer("survey_villages"));
        assertNotNull(vm.resultExtentProperty().get(), "zoom to result needs the new layer's extent");
        assertTrue(vm.resultExtentProperty().get().contains(112.5265, 27.9150));
        assertEquals(1.0, vm.progressProperty().get());

        Path report = dir.resolve("report.xlsx");
        vm.exportReport(report);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            assertEquals(VillageSurveyWorkbook.BAD_LON, wb.getSheetAt(0).getRow(1).getCell(4).getStringCellValue(),
                    "the exported report's first problem line should carry the bad value");
        }
    }

    @Test
    void allOrNothingModeRejectsTheSheetAndWritesNothing() throws IOException {
        vm.setFiles(List.of(VillageSurveyWorkbook.write(dir.resolve("survey.xlsx"))));
        vm.layerNameProperty().set("survey_all");
        vm.start();
        assertEquals(0, vm.writtenProperty().get());
        assertFalse(workspace.hasLayer("survey_all"), "an all-or-nothing import with a bad row must not create the layer");
        assertTrue(vm.statusProperty().get().contains("经度"), "the rejection should name the column: " + vm.statusProperty().get());
    }

    @Test
    void cancellingHalfwayLeavesNothingWritten() throws IOException {
        StringBuilder csv = new StringBuilder("编号,经度,纬度\n");
        for (int i = 0; i < 5000; i++) csv.append(i).append(',').append(112.5 + i * 1e-5).append(',').append(27.8).append('\n');
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        Deque<Runnable> queued = new ArrayDeque<>();
        vm = new ImportWizardViewModel(workspace, Messages.forLocale(Locale.SIMPLIFIED_CHINESE), queued::add, Runnable::run);
        vm.setFiles(List.of(file));
        while (!queued.isEmpty()) queued.poll().run(); // the preview
        vm.layerNameProperty().set("many_points");
        // the user presses 取消 as soon as the bar moves
        vm.progressProperty().addListener((o, was, now) -> { if (now.doubleValue() > 0 && vm.runningProperty().get()) vm.cancel(); });
        vm.start();
        assertTrue(vm.runningProperty().get());
        while (!queued.isEmpty()) queued.poll().run();

        assertFalse(vm.runningProperty().get());
        assertEquals("已取消，未写入任何数据", vm.statusProperty().get());
        assertFalse(workspace.hasLayer("many_points"), "a cancelled import must leave no layer behind; layers: " + workspace.layers());
        assertEquals(0, vm.writtenProperty().get());
    }

    @Test
    void aFolderImportsEachSupportedFileAsItsOwnLayer() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(folder.resolve("points_a.csv"), "经度,纬度,名称\n112.9,27.8,甲\n", Charset.forName("UTF-8"));
        Files.writeString(folder.resolve("points_b.csv"), "经度,纬度,名称\n112.8,27.7,乙\n", Charset.forName("UTF-8"));
        Files.writeString(folder.resolve("readme.docx"), "not data");
        vm.setFiles(List.of(folder));
        assertEquals(2, vm.files().size(), "only the importable files of the folder: " + vm.files());
        vm.start();
        assertEquals(2, vm.writtenProperty().get(), vm.statusProperty().get());
        assertTrue(workspace.hasLayer("points_a") && workspace.hasLayer("points_b"), "layers: " + workspace.layers());
    }

    @Test
    void eachFileOfAFolderKeepsItsOwnEncodingAndColumns() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a_gbk.csv"), "编号,村名,经度,纬度\nG1,韶山村,112.5265,27.9150\n", Charset.forName("GBK"));
        Files.writeString(folder.resolve("b_utf8.csv"), "编号,作物,lon,lat\nU1,湘莲,112.7456,27.6032\n", Charset.forName("UTF-8"));
        vm.setFiles(List.of(folder));
        assertEquals(2, vm.files().size());
        // the user previews the first file, pins its encoding, and the mapping is guessed from its titles
        vm.field(ImportParameters.ENCODING).setValue("GBK");
        assertEquals("经度", vm.field(ImportParameters.X).getValue());
        assertEquals(java.util.Map.of(), vm.batchParameters().forFile(folder.resolve("b_utf8.csv")),
                "the second file gets neither the first file's encoding nor its column titles");
        vm.start();
        assertEquals(2, vm.writtenProperty().get(), vm.statusProperty().get() + " " + vm.problems());
        assertTrue(workspace.sql("SELECT * FROM a_gbk").rows().stream().anyMatch(r -> r.contains("韶山村")), "GBK file read as GBK");
        assertTrue(workspace.sql("SELECT * FROM b_utf8").rows().stream().anyMatch(r -> r.contains("湘莲")), "UTF-8 file read as UTF-8");
    }

    @Test
    void stepsAdvanceOnlyWhenThePageIsComplete() throws IOException {
        assertFalse(vm.canAdvance(), "no file chosen yet");
        vm.setFiles(List.of(VillageSurveyWorkbook.write(dir.resolve("survey.xlsx"))));
        vm.next();
        vm.next();
        assertEquals(ImportStep.MAPPING, vm.getStep());
        vm.layerNameProperty().set(" ");
        assertFalse(vm.canAdvance(), "a blank layer name must keep the wizard on the mapping page");
        vm.layerNameProperty().set("ok");
        vm.next();
        assertEquals(ImportStep.RUN, vm.getStep());
    }
}
