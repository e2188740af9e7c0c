package org.onemap.app.desktop.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.core.spi.DataSource;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.Importers;
import org.onemap.dataimport.pipeline.BatchParameters;
import org.onemap.dataimport.pipeline.ImportRequest;
import org.onemap.dataimport.pipeline.WorkspaceImport;

/**
 * View-model of the import wizard (文件 → 预览与参数 → 字段映射 → 校验与导入 → 完成). The chosen file picks
 * its {@link Importer}; the importer's parameter metadata becomes {@link #fields()}, so one wizard
 * serves every format. Every parameter change re-runs the preview (switch the encoding, see the text
 * change); the column mapping is pre-filled from the titles. The import runs on {@code background}
 * with progress and cancel; the outcome (written, skipped, problems, extent) is published on {@code ui}.
 * JavaFX properties only: tested without a toolkit.
 */
public final class ImportWizardViewModel {
    static final int PREVIEW_ROWS = 20;

    private final DataSource workspace;
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final StringProperty importerName = new SimpleStringProperty(this, "importerName", "");
    private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
    private final StringProperty previewText = new SimpleStringProperty(this, "previewText", "");
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> previewProblems = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty layerName = new SimpleStringProperty(this, "layerName", "");
    private final ObjectProperty<ImportRequest.TargetMode> targetMode = new SimpleObjectProperty<>(this, "targetMode", ImportRequest.TargetMode.CREATE);
    private final ObjectProperty<ImportRequest.RowMode> rowMode = new SimpleObjectProperty<>(this, "rowMode", ImportRequest.RowMode.ALL);
    private final ObjectProperty<ImportStep> step = new SimpleObjectProperty<>(this, "step", ImportStep.FILE);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final LongProperty written = new SimpleLongProperty(this, "written");
    private final LongProperty skipped = new SimpleLongProperty(this, "skipped");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> importedLayers = FXCollections.observableArrayList();
    private final ObservableList<String> importIds = FXCollections.observableArrayList();
    private final ObjectProperty<Envelope> resultExtent = new SimpleObjectProperty<>(this, "resultExtent");
    private final AtomicInteger previewGeneration = new AtomicInteger();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private ImportReport report;
    private boolean quiet; // while fields are filled programmatically: one preview afterwards, not one per field
    private Runnable onImported = () -> { };
    private Consumer<Envelope> zoom = e -> { };

    /**
     * @param background runs previews and imports; {@code ui} applies their results ({@code Platform::runLater}
     *                   in the app, {@code Runnable::run} in tests)
     */
    public ImportWizardViewModel(DataSource workspace, Messages messages, Executor background, Executor ui) {
        this.workspace = workspace;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
    }

    // ---- 文件 ----

    /** The files to import; a folder stands for each file in it an importer reads (batch import). */
    public void setFiles(List<Path> chosen) {
        List<Path> expanded = new ArrayList<>();
        for (Path p : chosen) {
            if (Files.isDirectory(p)) expanded.addAll(supportedFilesIn(p));
            else if (supported(p)) expanded.add(p);
        }
        files.setAll(expanded);
        error.set(expanded.isEmpty() && !chosen.isEmpty() ? messages.format("import.error.unsupported", chosen.get(0).getFileName()) : "");
        if (expanded.isEmpty()) {
            importerName.set("");
            fields.clear();
            return;
        }
        Importer importer = Importers.forFile(expanded.get(0));
        importerName.set(importer.displayName());
        List<ParameterField> generated = new ArrayList<>();
        for (Parameter p : importer.parameters()) {
            ParameterField f = ImportFields.create(p, messages.getOr("import.param." + p.key(), p.key()));
            f.valueProperty().addListener((o, was, now) -> { if (!quiet) refreshPreview(); });
            generated.add(f);
        }
        fields.setAll(generated);
        layerName.set(expanded.size() == 1 ? suggestedLayerName(expanded.get(0)) : "");
        refreshPreview();
    }

    /** Every file directly in {@code folder} that an importer reads, by name (a shapefile counts once, by its .shp). */
    static List<Path> supportedFilesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(ImportWizardViewModel::supported).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static boolean supported(Path file) {
        return Importers.all().stream().anyMatch(i -> i.canRead(file));
    }

    public ObservableList<Path> files() { return files; }

    public boolean isBatch() { return files.size() > 1; }

    public StringProperty importerNameProperty() { return importerName; }

    // ---- 预览与参数 / 字段映射 ----

    /** Every parameter of the chosen importer, in its order. */
    public ObservableList<ParameterField> fields() { return fields; }

    /** The parameters of the 预览与参数 page (encoding, CRS, sheet …). */
    public List<ParameterField> optionFields() { return fields.stream().filter(f -> f.kind() != ParameterField.Kind.COLUMN).toList(); }

    /** The parameters of the 字段映射 page (x/y, join code, join name). */
    public List<ParameterField> mappingFields() { return fields.stream().filter(f -> f.kind() == ParameterField.Kind.COLUMN).toList(); }

    /** The field of parameter {@code key}, or null when the importer has no such parameter. */
    public ParameterField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    /** Detected facts (encoding, CRS, sheets and columns) and the first rows as text: what changes with the encoding. */
    public StringProperty previewTextProperty() { return previewText; }

    public String getPreviewText() { return previewText.get(); }

    public ObservableList<String> previewColumns() { return previewColumns; }

    public ObservableList<List<String>> previewRows() { return previewRows; }

    /** Problems met in the preview rows (validation before the import). */
    public ObservableList<ImportProblem> previewProblems() { return previewProblems; }

    /** Why the file cannot be previewed or imported; empty when fine. */
    public StringProperty errorProperty() { return error; }

    /** Re-reads the first rows of the first file with the current parameters. */
    public void refreshPreview() {
        if (files.isEmpty()) return;
        Path file = files.get(0);
        Map<String, String> params = params();
        int generation = previewGeneration.incrementAndGet();
        background.execute(() -> {
            WorkspaceImport.Preview p;
            String failure = null;
            try {
                p = new WorkspaceImport(workspace).preview(file, params, PREVIEW_ROWS);
            } catch (RuntimeException e) {
                p = null;
                failure = e.getMessage();
            }
            WorkspaceImport.Preview shown = p;
            String why = failure;
            ui.execute(() -> {
                if (generation == previewGeneration.get()) showPreview(shown, why);
            });
        });
    }

    private void showPreview(WorkspaceImport.Preview p, String failure) {
        if (p == null) {
            error.set(failure == null ? "" : failure);
            previewText.set(failure == null ? "" : failure);
            previewColumns.clear();
            previewRows.clear();
            previewProblems.clear();
            return;
        }
        error.set("");
        List<String> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (var r : p.rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : p.columns()) {
                Object v = r.attributes().get(c);
                cells.add(v == null ? "" : v.toString());
            }
            rows.add(String.join(" | ", cells));
            table.add(cells);
        }
        previewColumns.setAll(p.columns());
        previewRows.setAll(table);
        previewProblems.setAll(p.report().problems());
        StringBuilder text = new StringBuilder(String.join("\n", p.description()));
        text.append("\n\n").append(String.join(" | ", p.columns()));
        for (String r : rows) text.append('\n').append(r);
        previewText.set(text.toString().strip());
        guessMapping(p.columns());
    }

    /** Pre-fills the column mapping from the titles unless the user's mapping still fits these columns. */
    private void guessMapping(List<String> columns) {
        List<ParameterField> mapping = mappingFields();
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(columns);
        boolean fits = mapping.stream().anyMatch(f -> !f.getValue().isEmpty())
                && mapping.stream().allMatch(f -> f.getValue().isEmpty() || columns.contains(f.getValue()));
        quiet = true;
        try {
            for (ParameterField f : mapping) f.choices().setAll(choices);
            if (fits) return;
            ColumnGuess g = ColumnGuess.of(columns);
            set(ImportParameters.X, g.x());
            set(ImportParameters.Y, g.y());
            set(ImportParameters.JOIN_CODE, g.joinCode());
            set(ImportParameters.JOIN_NAME, g.joinName());
        } finally {
            quiet = false;
        }
    }

    private void set(String key, String value) {
        ParameterField f = field(key);
        if (f != null) f.setValue(value);
    }

    /** The non-empty parameter values: what the importer is given (empty = detect). */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        for (ParameterField f : fields) if (!f.getValue().isBlank()) p.put(f.key(), f.getValue().trim());
        // x/y and a join column exclude each other: coordinates win, as in the importer
        if (p.containsKey(ImportParameters.X) || p.containsKey(ImportParameters.Y)) {
            p.remove(ImportParameters.JOIN_CODE);
            p.remove(ImportParameters.JOIN_NAME);
        }
        return p;
    }

    // ---- 校验与导入 ----

    /** Target layer of a single-file import; a batch names each layer after its file. */
    public StringProperty layerNameProperty() { return layerName; }

    public ObjectProperty<ImportRequest.TargetMode> targetModeProperty() { return targetMode; }

    public ObjectProperty<ImportRequest.RowMode> rowModeProperty() { return rowMode; }

    public ObjectProperty<ImportStep> stepProperty() { return step; }

    public ImportStep getStep() { return step.get(); }

    /** Whether the current page is complete enough to go on. */
    public boolean canAdvance() {
        return switch (step.get()) {
            case FILE -> !files.isEmpty();
            case PREVIEW -> error.get().isEmpty();
            case MAPPING -> isBatch() || !layerName.get().isBlank();
            case RUN, DONE -> false;
        };
    }

    public void next() {
        if (!canAdvance()) return;
        ImportStep[] all = ImportStep.values();
        step.set(all[step.get().ordinal() + 1]);
    }

    public void back() {
        if (step.get() == ImportStep.FILE || step.get() == ImportStep.DONE || running.get()) return;
        step.set(ImportStep.values()[step.get().ordinal() - 1]);
    }

    /** Starts the import on the background executor; the outcome lands on the 完成 page. */
    public void start() {
        if (running.get() || files.isEmpty()) return;
        List<Path> batch = List.copyOf(files);
        BatchParameters params = batchParameters();
        String layer = layerName.get().trim();
        ImportRequest.RowMode rows = rowMode.get();
        ImportRequest.TargetMode target = targetMode.get();
        cancel.set(false);
        running.set(true);
        progress.set(0);
        status.set(messages.get("import.status.running"));
        background.execute(() -> {
            ImportBatch.Outcome o = new ImportBatch(workspace).run(batch,
                    f -> batch.size() == 1 && !layer.isEmpty() ? layer : null, params, rows, target, cancel::get,
                    fraction -> ui.execute(() -> progress.set(Math.max(progress.get(), fraction))));
            ui.execute(() -> finish(o));
        });
    }

    /**
     * Per-file parameters: the values on the pages were chosen while previewing the first file, so they are
     * that file's; the other files of a batch detect their own encoding, sheet and columns. A source CRS the
     * user gave applies to every file (survey batches share one, and files without a .prj need it).
     */
    BatchParameters batchParameters() {
        Map<String, String> chosen = params();
        Map<String, String> forAll = new LinkedHashMap<>();
        if (chosen.containsKey(ImportParameters.SRS)) forAll.put(ImportParameters.SRS, chosen.get(ImportParameters.SRS));
        return new BatchParameters(forAll, files.isEmpty() ? null : files.get(0), chosen);
    }

    /** Asks the running import to stop; it then writes nothing. */
    public void cancel() {
        cancel.set(true);
        if (running.get()) status.set(messages.get("import.status.cancelling"));
    }

    private void finish(ImportBatch.Outcome o) {
        running.set(false);
        report = o.report();
        problems.setAll(o.report().problems());
        written.set(o.written());
        skipped.set(o.skipped());
        importedLayers.setAll(o.results().stream().map(r -> r.layer()).distinct().toList());
        importIds.setAll(o.results().stream().map(r -> r.importId()).toList());
        resultExtent.set(o.extent());
        if (o.cancelled()) {
            progress.set(0);
            status.set(messages.get("import.status.cancelled"));
            return;
        }
        progress.set(1);
        status.set(o.failures().isEmpty() ? messages.format("import.status.done", o.written(), o.skipped(), problems.size())
                : String.join("\n", o.failures()));
        step.set(ImportStep.DONE);
        if (!o.results().isEmpty()) onImported.run();
    }

    public BooleanProperty runningProperty() { return running; }

    /** 0..1 of the whole batch. */
    public DoubleProperty progressProperty() { return progress; }

    public StringProperty statusProperty() { return status; }

    // ---- 完成 ----

    public LongProperty writtenProperty() { return written; }

    public LongProperty skippedProperty() { return skipped; }

    /** The report's lines: file, sheet, row, column, value, problem, fix. */
    public ObservableList<ImportProblem> problems() { return problems; }

    /** Layers written by the last import. */
    public ObservableList<String> importedLayers() { return importedLayers; }

    /** Ids of the last import's committed files, for {@link org.onemap.dataimport.pipeline.ImportCatalog#undo}. */
    public ObservableList<String> importIds() { return importIds; }

    /** Extent (lon/lat) of the written layers, null when nothing was written. */
    public ObjectProperty<Envelope> resultExtentProperty() { return resultExtent; }

    /** Writes the last import's report to {@code xlsx}. */
    public void exportReport(Path xlsx) throws IOException {
        if (report == null) throw new ImportException("nothing imported yet: no report to export");
        report.writeXlsx(xlsx);
    }

    /** "缩放至结果": hands the result's extent to the map. */
    public void zoomToResult() {
        if (resultExtent.get() != null) zoom.accept(resultExtent.get());
    }

    /** Called on the UI executor after an import wrote something (the window reloads its layer tree). */
    public void setOnImported(Runnable r) { this.onImported = r == null ? () -> { } : r; }

    public void setZoom(Consumer<Envelope> z) { this.zoom = z == null ? e -> { } : z; }

    /** The file's base name as a workspace layer name (letters, digits, _; {@code import_…} when it has none). */
    static String suggestedLayerName(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) || base.startsWith("onemap_")) base = "import_" + base;
        base = base.replaceAll("_+$", "");
        return base.length() > 60 ? base.substring(0, 60) : base;
    }
}
