package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.importer.ImportStep;
import org.onemap.app.desktop.importer.ImportWizard;
import org.onemap.app.desktop.importer.VillageSurveyWorkbook;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.pipeline.ImportCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import wizard driven end to end like an analyst would: the survey xlsx (编号/村名/经度/纬度/作物/面积(亩),
 * one row with text in 经度) is handed to the wizard as a drop would, then the robot presses through
 * 预览与参数 → 字段映射 → 校验与导入, imports the valid rows and finds the new layer in the tree.
 */
@ExtendWith({SeededWorkspace.SeedFirst.class, ApplicationExtension.class})
class ImportWizardTest {
    private static final String LAYER = "wizard_villages";

    @TempDir
    Path dir;
    private MainWindow window;
    private ImportWizard wizard;

    @Start
    void start(Stage stage) {
        window = SeededMainWindow.show(stage, 1200, 760);
    }

    @AfterEach
    void tearDown() {
        // the seeded workspace is shared by every GUI test: take the imported layer out again
        if (wizard != null) {
            for (String id : wizard.viewModel().importIds()) new ImportCatalog(SeededWorkspace.get()).undo(id, "test");
            FxWait.onFx(wizard.stage()::close);
        }
        FxWait.onFx(window::dispose);
    }

    @Test
    void importsTheVillageSurveyAndShowsTheNewLayer(FxRobot robot) throws IOException {
        Path xlsx = VillageSurveyWorkbook.write(dir.resolve("湘潭村庄调查.xlsx"));
        // the native file chooser cannot be driven headless: hand the file over as a drop on the map does
        FxWait.onFx(() -> wizard = window.openImportWizard(List.of(xlsx)));
        var vm = wizard.viewModel();
        assertEquals(ImportStep.PREVIEW, vm.getStep(), "a dropped file opens the wizard on the preview page");

        FxWait.until("the preview shows the sheet's Chinese headers", () -> vm.previewColumns().contains("面积(亩)"));
        TextArea text = robot.lookup("#importPreviewText").queryAs(TextArea.class);
        for (String header : List.of("编号", "村名", "经度", "纬度", "作物", "面积(亩)")) {
            assertTrue(text.getText().contains(header), "preview text should show header " + header + ":\n" + text.getText());
        }
        TableView<?> table = robot.lookup("#importPreviewTable").queryAs(TableView.class);
        assertEquals(6, table.getColumns().size(), "one preview column per header");
        assertEquals("面积(亩)", table.getColumns().get(5).getText());

        robot.clickOn("#importNext");
        FxWait.until("the 字段映射 page", () -> vm.getStep() == ImportStep.MAPPING);
        assertEquals("经度", robot.lookup("#importParam-x").queryAs(ComboBox.class).getValue(), "the lon column should be detected");
        assertEquals("纬度", robot.lookup("#importParam-y").queryAs(ComboBox.class).getValue(), "the lat column should be detected");

        robot.clickOn("#importNext");
        FxWait.until("the 校验与导入 page", () -> vm.getStep() == ImportStep.RUN);
        TextField layer = robot.lookup("#importLayerName").queryAs(TextField.class);
        FxWait.onFx(() -> layer.setText(LAYER));
        robot.clickOn("#importRowMode");
        robot.clickOn("只导入有效行，报告其余行");
        FxWait.until("valid-rows mode chosen", () -> vm.rowModeProperty().get() == org.onemap.dataimport.pipeline.ImportRequest.RowMode.VALID_ROWS);

        robot.clickOn("#importRun");
        FxWait.until("the import finishes on the 完成 page (status: " + vm.statusProperty().get() + ")", () -> vm.getStep() == ImportStep.DONE);

        String summary = robot.lookup("#importSummary").queryAs(Label.class).getText();
        assertEquals("已导入 4 条，跳过 1 行，1 个问题", summary);
        TableView<?> problems = robot.lookup("#importProblems").queryAs(TableView.class);
        assertEquals(1, problems.getItems().size(), "one problem line: " + problems.getItems());
        ImportProblem p = (ImportProblem) problems.getItems().get(0);
        assertEquals(VillageSurveyWorkbook.BAD_ROW, p.row(), "the problem names the sheet row");
        assertEquals("经度", p.column(), "the problem names the column");

        FxWait.until("the new layer appears in the layer tree",
                () -> window.viewModel().layers().items().stream().anyMatch(i -> i.name().equalsIgnoreCase(LAYER)));
        assertEquals(4, window.viewModel().layers().item(LAYER).featureCount());
        assertTrue(window.viewModel().layers().item(LAYER).isVisible());
    }
}
