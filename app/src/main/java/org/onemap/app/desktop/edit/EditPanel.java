package org.onemap.app.desktop.edit;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.Messages;

/**
 * The edit panel beside the map: layer and session (start, save, discard, undo, redo), the tools,
 * selection actions, the live measurement, snap settings and the topology violations of the last edit.
 * Opens the attribute form and the recovery question when the view-model asks.
 */
public final class EditPanel extends ScrollPane {
    private final EditViewModel vm;
    private final Messages m;
    private AttributeFormDialog openForm;

    public EditPanel(EditViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        setId("editPanel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("edit-panel");
        Label title = new Label(m.get("edit.title"));
        title.getStyleClass().add("panel-header");
        VBox box = new VBox(8, title, session(), new Separator(), tools(), actions(), new Separator(), measurement(),
                snapping(), violations(), message());
        box.setPadding(new Insets(8));
        setContent(box);
        vm.formRequestProperty().addListener((o, was, now) -> { if (now != null) showForm(now); });
        vm.setRecoveryPrompt(layer -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.format("edit.recover.text", layer), ButtonType.YES, ButtonType.NO);
            a.setTitle(m.get("edit.recover.title"));
            if (getScene() != null) a.initOwner(getScene().getWindow());
            return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
        });
    }

    /** The attribute form shown now, or null. */
    public AttributeFormDialog openForm() { return openForm; }

    private VBox session() {
        ComboBox<String> layer = new ComboBox<>();
        layer.setId("editLayer");
        layer.getItems().setAll(vm.editableLayers());
        layer.valueProperty().bindBidirectional(vm.layerProperty());
        layer.disableProperty().bind(vm.editingProperty());
        Button start = button("editStart", m.get("edit.start"));
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.editingProperty());
        Button stop = button("editStop", m.get("edit.stop"));
        stop.setOnAction(e -> {
            if (vm.dirtyProperty().get()) vm.setMessage(m.get("edit.msg.stopDirty"));
            else vm.stop();
        });
        stop.disableProperty().bind(vm.editingProperty().not());
        Button save = button("editSave", m.get("edit.save"));
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.dirtyProperty().not());
        Button discard = button("editDiscard", m.get("edit.discard"));
        discard.setOnAction(e -> vm.discard());
        discard.disableProperty().bind(vm.dirtyProperty().not());
        Button undo = button("editUndo", m.get("edit.undo"));
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("editRedo", m.get("edit.redo"));
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        layer.setPrefWidth(150);
        HBox row1 = new HBox(6, section(m.get("edit.layer")), layer);
        row1.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, row1, new HBox(6, start, stop), new HBox(6, save, discard, undo, redo));
    }

    private VBox tools() {
        FlowPane pane = new FlowPane(4, 4);
        ToggleGroup group = new ToggleGroup();
        for (EditToolKind k : EditToolKind.values()) {
            ToggleButton b = new ToggleButton(m.get("edit.tool." + k.name()));
            b.setId("editTool-" + k.name());
            b.setUserData(k);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(m.get("edit.tool." + k.name() + ".tip")));
            b.setSelected(vm.toolKindProperty().get() == k);
            pane.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) was.setSelected(true);
            else vm.toolKindProperty().set((EditToolKind) now.getUserData());
        });
        vm.toolKindProperty().addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        pane.disableProperty().bind(vm.editingProperty().not());
        return new VBox(4, section(m.get("edit.tools")), pane);
    }

    private VBox actions() {
        Button merge = button("editMerge", m.get("edit.merge"));
        merge.setOnAction(e -> vm.mergeSelection());
        merge.disableProperty().bind(Bindings.size(vm.selection()).lessThan(2));
        Button typed = button("editTyped", m.get("edit.typed"));
        typed.setOnAction(e -> typeCoordinates());
        ComboBox<String> source = new ComboBox<>();
        source.setId("editSourceLayer");
        source.getItems().setAll(vm.sourceLayers());
        source.valueProperty().bindBidirectional(vm.sourceLayerProperty());
        HBox row = new HBox(6, merge, typed);
        HBox copy = new HBox(6, new Label(m.get("edit.sourceLayer")), source);
        copy.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, row, copy);
        box.disableProperty().bind(vm.editingProperty().not());
        return box;
    }

    private void typeCoordinates() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(m.get("edit.typed.title"));
        d.setHeaderText(m.get("edit.typed.prompt"));
        d.getEditor().setId("typedCoordinate");
        if (getScene() != null) d.initOwner(getScene().getWindow());
        d.setOnHidden(e -> {
            String t = d.getResult();
            if (t != null && !t.isBlank()) vm.typeCoordinate(t);
        });
        d.show();
    }

    private VBox measurement() {
        Label mu = new Label();
        mu.setId("editMeasureMu");
        mu.getStyleClass().add("edit-measure-mu");
        mu.textProperty().bind(vm.measure().muTextProperty());
        Label details = new Label();
        details.setId("editMeasureDetails");
        details.setWrapText(true);
        details.textProperty().bind(vm.measure().detailsProperty());
        return new VBox(2, section(m.get("edit.measure")), mu, details);
    }

    private TitledPane snapping() {
        SnapSettings s = vm.snapSettings();
        CheckBox on = check("snapEnabled", m.get("edit.snap.enabled"));
        on.selectedProperty().bindBidirectional(s.enabledProperty());
        Spinner<Double> tolerance = new Spinner<>(1.0, 50.0, s.tolerancePxProperty().get(), 1.0);
        tolerance.setId("snapTolerance");
        tolerance.setPrefWidth(80);
        tolerance.valueProperty().addListener((o, was, now) -> s.tolerancePxProperty().set(now));
        CheckBox v = check("snapVertex", m.get("edit.snap.vertex"));
        v.selectedProperty().bindBidirectional(s.verticesProperty());
        CheckBox edge = check("snapEdge", m.get("edit.snap.edge"));
        edge.selectedProperty().bindBidirectional(s.edgesProperty());
        CheckBox x = check("snapIntersection", m.get("edit.snap.intersection"));
        x.selectedProperty().bindBidirectional(s.intersectionsProperty());
        FlowPane layers = new FlowPane(6, 4);
        for (String name : vm.layerNames()) {
            CheckBox c = check("snapLayer-" + name, name);
            c.setSelected(s.layers().contains(name));
            c.selectedProperty().addListener((o, was, now) -> {
                if (now && !s.layers().contains(name)) s.layers().add(name);
                else if (!now) s.layers().remove(name);
            });
            s.layers().addListener((javafx.collections.ListChangeListener<String>) ch -> c.setSelected(s.layers().contains(name)));
            layers.getChildren().add(c);
        }
        HBox row = new HBox(8, on, new Label(m.get("edit.snap.tolerance")), tolerance);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, row, new HBox(10, v, edge, x), new Label(m.get("edit.snap.layers")), layers);
        TitledPane pane = new TitledPane(m.get("edit.snap"), box);
        pane.setId("editSnapSettings");
        pane.setExpanded(false);
        return pane;
    }

    private VBox violations() {
        ListView<ViolationItem> list = new ListView<>(vm.violations());
        list.setId("editViolations");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(m.get("edit.violations.none")));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ViolationItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(0);
                setStyle(item != null && item.error() ? "-fx-text-fill: #c62828;" : "");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.zoomTo(now));
        Button fix = button("editFix", m.get("edit.fix"));
        fix.setOnAction(e -> vm.applyFix(list.getSelectionModel().getSelectedItem()));
        fix.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ViolationItem i = list.getSelectionModel().getSelectedItem();
            return i == null || !i.violation().hasFix();
        }, list.getSelectionModel().selectedItemProperty()));
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(4, section(m.get("edit.violations")), list, fix);
    }

    private Label message() {
        Label l = new Label();
        l.setId("editMessage");
        l.setWrapText(true);
        l.textProperty().bind(vm.messageProperty());
        return l;
    }

    private void showForm(EditViewModel.FormRequest request) {
        openForm = new AttributeFormDialog(request, m, getScene() == null ? null : getScene().getWindow());
        AttributeFormDialog shown = openForm;
        shown.resultProperty().addListener((o, was, now) -> { if (openForm == shown) openForm = null; });
        shown.show();
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static CheckBox check(String id, String text) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        return c;
    }
}
