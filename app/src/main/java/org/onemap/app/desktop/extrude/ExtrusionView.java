package org.onemap.app.desktop.extrude;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.AttributeRow;

/**
 * The 3D extrusion window's content: title and preset chooser on top, the 3D scene with its legend,
 * compass and gesture hint in the centre, the picked feature's attributes on the right, the status
 * line at the bottom. All state lives in the {@link ExtrusionViewModel}.
 */
public final class ExtrusionView extends BorderPane {
    private static final String STYLESHEET = "/org/onemap/app/desktop/extrude/extrusion.css";

    private final ExtrusionViewModel vm;
    private final Messages m;
    private final ExtrusionSceneView scene3d;
    private final VBox legendRows = new VBox(4);
    private final GridPane attributes = new GridPane();
    private final Label selectedId = new Label();

    public ExtrusionView(ExtrusionViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setId("extrusionView");
        getStylesheets().add(ExtrusionView.class.getResource(STYLESHEET).toExternalForm());
        scene3d = new ExtrusionSceneView(vm);
        setTop(header());
        setCenter(new StackPane(scene3d, overlays()));
        setRight(sidePanel());
        Label status = new Label();
        status.setId("extrusionStatus");
        status.getStyleClass().add("extrude-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        vm.legend().addListener((javafx.collections.ListChangeListener<LegendEntry>) c -> showLegend());
        vm.attributes().addListener((javafx.collections.ListChangeListener<AttributeRow>) c -> showAttributes());
        showLegend();
        showAttributes();
    }

    /** The 3D sub-scene (tests snapshot it and click into it). */
    public javafx.scene.SubScene subScene() { return scene3d.subScene(); }

    public javafx.scene.PerspectiveCamera camera() { return scene3d.camera(); }

    /** Whether the selected feature is highlighted in the 3D scene. */
    public boolean highlightShown() { return scene3d.highlightShown(); }

    /** The merged class meshes' group, or null before the first scene has loaded. */
    public javafx.scene.Group meshes() { return scene3d.meshes(); }

    private Region header() {
        Label title = new Label();
        title.setId("extrusionTitle");
        title.getStyleClass().add("extrude-title");
        title.textProperty().bind(vm.titleProperty());
        ComboBox<ExtrusionPreset> presets = new ComboBox<>();
        presets.setId("extrusionPreset");
        presets.getItems().setAll(ExtrusionPreset.values());
        presets.setCellFactory(l -> presetCell());
        presets.setButtonCell(presetCell());
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        Button reset = new Button(m.get("extrude.reset"));
        reset.setId("extrusionReset");
        reset.setOnAction(e -> { if (vm.getScene() != null) vm.camera().frame(vm.getScene().model().extent()); });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label presetLabel = new Label(m.get("extrude.preset"));
        HBox bar = new HBox(10, title, gap, presetLabel, presets, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("extrude-header");
        return bar;
    }

    private ListCell<ExtrusionPreset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ExtrusionPreset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : vm.presetTitle(p));
            }
        };
    }

    private Region overlays() {
        Label legendTitle = new Label(m.get("extrude.legend.title"));
        legendTitle.getStyleClass().add("extrude-legend-title");
        Label note = new Label(m.get("extrude.note"));
        note.getStyleClass().add("extrude-legend-note");
        note.setWrapText(true);
        note.setMaxWidth(260);
        VBox legend = new VBox(6, legendTitle, legendRows, note);
        legend.setId("extrusionLegend");
        legend.getStyleClass().add("extrude-legend");
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);

        Label hint = new Label(m.get("extrude.hint"));
        hint.getStyleClass().add("extrude-hint");
        hint.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(hint, Pos.BOTTOM_RIGHT);

        Label compass = new Label("北\n▲");
        compass.setId("extrusionCompass");
        compass.getStyleClass().add("extrude-compass");
        compass.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        compass.rotateProperty().bind(vm.camera().headingProperty().negate());
        StackPane.setAlignment(compass, Pos.TOP_RIGHT);

        StackPane layer = new StackPane(legend, hint, compass);
        layer.setPadding(new Insets(16));
        layer.setPickOnBounds(false);
        return layer;
    }

    private Region sidePanel() {
        Label header = new Label(m.get("extrude.selected"));
        header.getStyleClass().add("extrude-side-title");
        selectedId.setId("extrusionSelectedId");
        selectedId.getStyleClass().add("extrude-selected-id");
        attributes.setId("extrusionAttributes");
        attributes.setHgap(10);
        attributes.setVgap(4);
        ScrollPane scroll = new ScrollPane(attributes);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox side = new VBox(8, header, selectedId, scroll);
        side.setId("extrusionSidePanel");
        side.getStyleClass().add("extrude-side");
        side.setPrefWidth(300);
        return side;
    }

    private void showLegend() {
        legendRows.getChildren().clear();
        for (LegendEntry e : vm.legend()) {
            Rectangle swatch = new Rectangle(22, 14, Color.web(e.web()));
            swatch.setStroke(Color.gray(0.35));
            Label label = new Label(e.label());
            label.getStyleClass().add("extrude-legend-label");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(java.text.NumberFormat.getIntegerInstance(m.locale()).format(e.count()));
            count.getStyleClass().add("extrude-legend-count");
            HBox row = new HBox(8, swatch, label, gap, count);
            row.setAlignment(Pos.CENTER_LEFT);
            legendRows.getChildren().add(row);
        }
    }

    private void showAttributes() {
        attributes.getChildren().clear();
        var rows = vm.attributes();
        selectedId.setText(vm.getSelected() == null ? m.get("extrude.noSelection") : vm.getSelected().id());
        for (int i = 0; i < rows.size(); i++) {
            Label k = new Label(rows.get(i).label());
            k.getStyleClass().add("extrude-attr-key");
            Label v = new Label(rows.get(i).value());
            v.setWrapText(true);
            v.getStyleClass().add("extrude-attr-value");
            attributes.addRow(i, k, v);
        }
    }
}
