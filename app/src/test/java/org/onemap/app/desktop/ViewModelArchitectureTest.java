package org.onemap.app.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * MVVM rule of the desktop: view-models use JavaFX properties and collections only, never the scene
 * graph, stages, the FX application thread or Gluon, so they are tested without a toolkit.
 */
class ViewModelArchitectureTest {
    /** The module's main classes only: imported from where {@link MainWindow} was loaded, not the test folder. */
    private static final JavaClasses DESKTOP = mainClasses();

    private static JavaClasses mainClasses() {
        try {
            Path main = Path.of(MainWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().importPath(main);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Set<String> VIEW_MODELS = Set.of("MainViewModel", "LayerTreeModel", "LayerItem", "LayerTitles",
            "MapLayerSet", "AttributeTableModel", "IdentifyModel", "IdentifyHit", "AttributeRow", "FieldLabels", "MeasureModel",
            "StatusModel", "Messages", "Tool", "ThemeViewModel", "IndicatorsViewModel",
            "ImportWizardViewModel", "ParameterField", "ImportFields", "ImportStep", "ImportBatch", "ColumnGuess",
            // connection dialog and sync panel (issue 5)
            "ConnectionDialogViewModel", "SavedConnection", "ConnectionStore", "SecretVault", "SyncViewModel", "ConflictViewModel",
            "AttributeChoice", "GeometryDifference",
            // history, map as of a date, batch edit (issue 7)
            "FeatureHistoryViewModel", "MapAsOfViewModel", "HistoryTexts", "TimelineRow", "DiffRow", "BatchEditViewModel", "FieldValues",
            // 3D extrusion (issue 3)
            "ExtrusionViewModel", "OrbitCamera", "LegendEntry", "ExtrusionPreset", "ExtrusionScene", "ExtrusionLoader",
            // parcel editing (issue 7): everything in desktop.edit but its views
            "EditViewModel", "EditingSession", "SavedHistory", "JournalFiles", "ToolContext", "EditContext", "EditTools",
            "MapEditTool", "MapInput", "EditKey", "EditToolKind", "SketchTool", "DrawPolygonTool", "RectangleTool",
            "FreehandTool", "AddHoleTool", "CutOutTool", "SplitTool", "ReshapeTool", "VertexEditTool", "MoveTool",
            "RotateTool", "SelectTool", "CopyFromLayerTool", "AttributeFormModel", "FormField", "FieldDomains",
            "SnapSettings", "SnapTargets", "EditMeasure", "TopologyReview", "ViolationItem", "ViolationTexts",
            "EditSessionControl", "ToolHost", "SessionState", "EditReview", "EditSnapping", "EditLayers",
            // raster layers and swipe (issue 3)
            "RasterLayersModel", "RasterLayerItem", "SwipeModel", "RasterLegend", "RasterStyleKind",
            // live layers (实时图层)
            "LiveLayersModel", "LiveLayerItem");

    private static DescribedPredicate<JavaClass> viewModels() {
        return DescribedPredicate.describe("are view-models " + VIEW_MODELS,
                c -> VIEW_MODELS.contains(c.getSimpleName()) || VIEW_MODELS.contains(c.getEnclosingClass().map(JavaClass::getSimpleName).orElse("")));
    }

    @Test
    void viewModelsStayOffTheSceneGraph() {
        noClasses().that().resideInAPackage("org.onemap.app.desktop..").and(viewModels())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                        "javafx.embed..", "com.gluonhq..", "org.controlsfx..")
                .because("view-models are tested without a running JavaFX toolkit (MVVM, STYLE.md)")
                .check(DESKTOP);
    }

    @Test
    void theDesktopDoesNotReachIntoStoreImplementations() {
        // the sync engine and the secret stores are services over stores, not stores: the sync panel and the
        // connection dialog use them (issue 5); the crash journal of edit sessions is a file format, not a store:
        // the edit mode uses it (issue 7); reaching the engine's stores goes through org.onemap.app.workspace
        noClasses().that().resideInAPackage("org.onemap.app.desktop..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are store implementations in org.onemap.datasources..",
                        c -> c.getPackageName().startsWith("org.onemap.datasources")
                                && !c.getPackageName().startsWith("org.onemap.datasources.sync")
                                && !c.getPackageName().startsWith("org.onemap.datasources.secrets")
                                && !c.getPackageName().startsWith("org.onemap.datasources.journal")))
                .because("the desktop works on any DataSource through the core SPI")
                .check(DESKTOP);
    }
}
