package org.onemap.app.desktop.importer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.app.desktop.params.ParameterForm;
import org.onemap.app.desktop.Messages;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.pipeline.ImportRequest;

/**
 * The import wizard's window: the five steps across the top, the page of the current step, and
 * 上一步/下一步/关闭 at the bottom. Parameter editors are generated from the view-model's
 * {@link ParameterField}s. Files come from the chooser buttons or are dropped on the window.
 */
public final class ImportWizard {
    private final ImportWizardViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final HBox steps = new HBox(16);

    public ImportWizard(ImportWizardViewModel vm, Messages messages, Window owner) {
        this.vm = vm;
        this.m = messages;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(m.get("import.title"));
        root.setId("importWizard");
        root.setPadding(new Insets(12));
        steps.setId("importSteps");
        steps.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(steps);
        root.setBottom(buttons());
        root.setOnDragOver(ImportWizard::acceptFiles);
        root.setOnDragDropped(e -> vm.setFiles(droppedFiles(e)));
        vm.stepProperty().addListener((o, was, now) -> showStep());
        vm.fields().addListener((javafx.collections.ListChangeListener<ParameterField>) c -> {
            if (vm.getStep() != ImportStep.FILE) showStep();
        });
        showStep();
        stage.setScene(new Scene(root, 920, 660));
        stage.setOnHidden(e -> vm.cancel());
    }

    public Stage stage() { return stage; }

    public ImportWizardViewModel viewModel() { return vm; }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Accepts a drag that carries files (the map and the wizard take dropped files). */
    public static void acceptFiles(DragEvent e) {
        if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    /** The files of a drop, as paths. */
    public static List<Path> droppedFiles(DragEvent e) {
        List<Path> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        return files;
    }

    private void showStep() {
        steps.getChildren().clear();
        for (ImportStep s : ImportStep.values()) {
            Label l = new Label((s.ordinal() + 1) + ". " + m.get(s.titleKey()));
            l.setId("importStep-" + s.name().toLowerCase(java.util.Locale.ROOT));
            l.setStyle(s == vm.getStep() ? "-fx-font-weight: bold; -fx-underline: true;" : "-fx-opacity: 0.6;");
            steps.getChildren().add(l);
        }
        root.setCenter(switch (vm.getStep()) {
            case FILE -> filePage();
            case PREVIEW -> previewPage();
            case MAPPING -> mappingPage();
            case RUN -> runPage();
            case DONE -> donePage();
        });
    }

    private Node buttons() {
        Button back = button("importBack", "import.back", vm::back);
        Button next = button("importNext", "import.next", vm::next);
        Button close = button("importClose", "import.close", stage::close);
        back.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.getStep() == ImportStep.FILE || vm.getStep() == ImportStep.DONE || vm.runningProperty().get(),
                vm.stepProperty(), vm.runningProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(vm::canAdvance,
                vm.stepProperty(), vm.files(), vm.errorProperty(), vm.layerNameProperty(), vm.runningProperty()).not());
        next.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.getStep().ordinal() < ImportStep.RUN.ordinal(), vm.stepProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, gap, back, next, close);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private Node filePage() {
        Button file = button("importChooseFile", "import.chooseFile", () -> {
            FileChooser c = new FileChooser();
            c.setTitle(m.get("import.chooseFile"));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("import.supportedFiles"),
                    "*.shp", "*.xlsx", "*.xls", "*.csv", "*.txt", "*.geojson", "*.json", "*.kml", "*.gpkg"));
            List<File> chosen = c.showOpenMultipleDialog(stage);
            if (chosen != null) vm.setFiles(chosen.stream().map(File::toPath).toList());
        });
        Button folder = button("importChooseFolder", "import.chooseFolder", () -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle(m.get("import.chooseFolder"));
            File dir = c.showDialog(stage);
            if (dir != null) vm.setFiles(List.of(dir.toPath()));
        });
        ListView<Path> files = new ListView<>(vm.files());
        files.setId("importFiles");
        files.setPlaceholder(new Label(m.get("import.dropHint")));
        Label importer = new Label();
        importer.setId("importImporter");
        importer.textProperty().bind(Bindings.createStringBinding(() -> vm.importerNameProperty().get().isEmpty() ? ""
                : m.format("import.importer", vm.importerNameProperty().get(), vm.files().size()), vm.importerNameProperty(), vm.files()));
        VBox.setVgrow(files, Priority.ALWAYS);
        return new VBox(8, new HBox(8, file, folder), files, importer, errorLabel());
    }

    private Node previewPage() {
        GridPane form = form(vm.optionFields());
        TextArea text = new TextArea();
        text.setId("importPreviewText");
        text.setEditable(false);
        text.setPrefRowCount(8);
        text.textProperty().bind(vm.previewTextProperty());
        TableView<List<String>> table = new TableView<>(vm.previewRows());
        table.setId("importPreviewTable");
        previewColumns(table);
        vm.previewColumns().addListener((javafx.collections.ListChangeListener<String>) c -> previewColumns(table));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, form, new Label(m.get("import.preview")), text, table, errorLabel());
    }

    private void previewColumns(TableView<List<String>> table) {
        table.getColumns().clear();
        List<String> cols = List.copyOf(vm.previewColumns());
        for (int i = 0; i < cols.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(cols.get(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(index < r.getValue().size() ? r.getValue().get(index) : ""));
            table.getColumns().add(c);
        }
    }

    private Node mappingPage() {
        Label hint = new Label(m.get("import.mappingHint"));
        hint.setWrapText(true);
        return new VBox(8, hint, form(vm.mappingFields()), errorLabel());
    }

    private Node runPage() {
        TextField layer = new TextField();
        layer.setId("importLayerName");
        layer.textProperty().bindBidirectional(vm.layerNameProperty());
        layer.setDisable(vm.isBatch());
        ComboBox<ImportRequest.TargetMode> target = enumBox("importTargetMode", ImportRequest.TargetMode.values(), "import.target.");
        target.valueProperty().bindBidirectional(vm.targetModeProperty());
        ComboBox<ImportRequest.RowMode> rows = enumBox("importRowMode", ImportRequest.RowMode.values(), "import.rows.");
        rows.valueProperty().bindBidirectional(vm.rowModeProperty());
        GridPane g = grid();
        g.addRow(0, new Label(m.get(vm.isBatch() ? "import.layerBatch" : "import.layer")), layer);
        g.addRow(1, new Label(m.get("import.targetMode")), target);
        g.addRow(2, new Label(m.get("import.rowMode")), rows);

        ListView<ImportProblem> checks = new ListView<>(vm.previewProblems());
        checks.setId("importPreviewProblems");
        checks.setPlaceholder(new Label(m.get("import.noPreviewProblems")));
        checks.setPrefHeight(160);
        Button run = button("importRun", "import.run", vm::start);
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = button("importCancel", "import.cancel", vm::cancel);
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("importStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox runRow = new HBox(8, run, cancel, bar);
        runRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, g, new Label(m.get("import.checks")), checks, runRow, status);
    }

    private Node donePage() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.statusProperty());
        TableView<ImportProblem> table = new TableView<>(vm.problems());
        table.setId("importProblems");
        table.setPlaceholder(new Label(m.get("import.noProblems")));
        table.getColumns().add(column("import.col.file", ImportProblem::file));
        table.getColumns().add(column("import.col.sheet", ImportProblem::sheet));
        table.getColumns().add(column("import.col.row", p -> p.row() == 0 ? "" : Long.toString(p.row())));
        table.getColumns().add(column("import.col.column", ImportProblem::column));
        table.getColumns().add(column("import.col.value", ImportProblem::value));
        table.getColumns().add(column("import.col.problem", ImportProblem::problem));
        table.getColumns().add(column("import.col.fix", ImportProblem::fix));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button export = button("importExportReport", "import.exportReport", this::exportReport);
        Button zoom = button("importZoom", "import.zoom", vm::zoomToResult);
        zoom.disableProperty().bind(vm.resultExtentProperty().isNull());
        return new VBox(8, summary, table, new HBox(8, export, zoom));
    }

    private void exportReport() {
        FileChooser c = new FileChooser();
        c.setTitle(m.get("import.exportReport"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        c.setInitialFileName("import-report.xlsx");
        File f = c.showSaveDialog(stage);
        if (f == null) return;
        try {
            vm.exportReport(f.toPath());
        } catch (IOException | RuntimeException e) {
            vm.statusProperty().set(e.getMessage());
        }
    }

    private TableColumn<ImportProblem, String> column(String key, java.util.function.Function<ImportProblem, String> value) {
        TableColumn<ImportProblem, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        return c;
    }

    /** Editors generated from the parameters' metadata (shared with the connection dialog). */
    private GridPane form(List<ParameterField> fields) {
        return ParameterForm.grid(fields, "importParam-", m.get("import.detect"));
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) { return e == null ? "" : m.get(keyPrefix + e.name().toLowerCase(java.util.Locale.ROOT)); }

            @Override
            public E fromString(String s) { return null; }
        });
        return box;
    }

    private Label errorLabel() {
        Label l = new Label();
        l.setId("importError");
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #b00020;");
        l.textProperty().bind(vm.errorProperty());
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }
}
