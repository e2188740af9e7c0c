package org.onemap.app.desktop.raster;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.onemap.app.desktop.Messages;

/**
 * The 遥感影像 group of the layer panel: one row per raster layer (visibility check box, title, a
 * "synthetic" tag) under the group node, and for the selected row its opacity, style, band pickers
 * and legend, then the swipe comparison controls. Binds to {@link RasterLayersModel}.
 */
final class RasterPanel extends VBox {
    private final RasterLayersModel model;
    private final Messages messages;
    private final TreeView<RasterLayerItem> tree = new TreeView<>();
    private final TreeItem<RasterLayerItem> group = new TreeItem<>();
    private final Slider opacity = new Slider(0, 1, 1);
    private final ComboBox<RasterStyleKind> style = new ComboBox<>(FXCollections.observableArrayList(RasterStyleKind.values()));
    private final ComboBox<Integer> band = bandPicker("rasterBand");
    private final ComboBox<Integer> red = bandPicker("rasterRed");
    private final ComboBox<Integer> green = bandPicker("rasterGreen");
    private final ComboBox<Integer> blue = bandPicker("rasterBlue");
    private final HBox bandRow;
    private final HBox rgbRow;
    private final RasterLegendView legend;
    private RasterLayerItem bound;
    private boolean updating;

    RasterPanel(RasterLayersModel model, Runnable addFiles, Runnable zoomToSelected) {
        this.model = model;
        this.messages = model.messages();
        setId("rasterPanel");
        getStyleClass().add("raster-panel");
        setSpacing(6);
        setPadding(new Insets(0, 0, 8, 0));

        // a tool bar like the vector tree's; the group node below carries the 遥感影像 title
        Button add = new Button("+ " + messages.get("menu.file.addRaster"));
        add.setId("rasterAdd");
        add.setOnAction(e -> addFiles.run());
        Button zoom = new Button("⤢");
        zoom.setId("rasterZoom");
        zoom.setTooltip(new Tooltip(messages.get("layers.zoomTo")));
        zoom.setOnAction(e -> zoomToSelected.run());
        zoom.disableProperty().bind(model.selectedProperty().isNull());
        javafx.scene.control.ToolBar top = new javafx.scene.control.ToolBar(add, zoom);
        top.getStyleClass().add("panel-toolbar");

        group.setExpanded(true);
        tree.setId("rasterTree");
        tree.setRoot(group);
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new RasterCell(zoomToSelected));
        model.items().addListener((ListChangeListener<RasterLayerItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuildRows();
                    return;
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() != null && now.getValue() != model.getSelected()) model.select(now.getValue());
        });
        rebuildRows();

        opacity.setId("rasterOpacity");
        HBox.setHgrow(opacity, Priority.ALWAYS);
        style.setId("rasterStyle");
        style.setConverter(converter(k -> k == null ? "" : messages.get(k.messageKey())));
        style.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(style, Priority.ALWAYS);
        bandRow = row(messages.get("raster.band"), band);
        rgbRow = new HBox(4, small(messages.get("raster.red")), red, small(messages.get("raster.green")), green,
                small(messages.get("raster.blue")), blue);
        rgbRow.setAlignment(Pos.CENTER_LEFT);
        legend = new RasterLegendView(messages);
        VBox properties = new VBox(6, row(messages.get("raster.opacity"), opacity), row(messages.get("raster.style"), style),
                bandRow, rgbRow, legend);
        properties.setId("rasterProperties");
        properties.setPadding(new Insets(0, 8, 0, 8));
        properties.disableProperty().bind(model.selectedProperty().isNull());

        SwipeControls swipe = new SwipeControls(model);
        getChildren().addAll(top, tree, properties, swipe);
        // without rasters the group is one row, so the vector tree above keeps its height
        javafx.beans.binding.BooleanBinding any = javafx.beans.binding.Bindings.isNotEmpty(model.items());
        for (javafx.scene.Node n : List.of(properties, swipe)) {
            n.visibleProperty().bind(any);
            n.managedProperty().bind(any);
        }
        tree.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(any).then(110.0).otherwise(30.0));
        tree.minHeightProperty().bind(tree.prefHeightProperty());

        model.selectedProperty().addListener((o, was, now) -> bind(now));
        opacity.valueChangingProperty().addListener((o, was, now) -> { if (!now) apply(); });
        opacity.valueProperty().addListener((o, was, now) -> { if (!opacity.isValueChanging()) apply(); });
        style.valueProperty().addListener((o, was, now) -> apply());
        for (ComboBox<Integer> b : List.of(band, red, green, blue)) b.valueProperty().addListener((o, was, now) -> apply());
        model.revisionProperty().addListener(o -> refresh());
        bind(model.getSelected());
    }

    /** The tree of raster rows under the group node. */
    TreeView<RasterLayerItem> tree() { return tree; }

    RasterLegendView legend() { return legend; }

    private void rebuildRows() {
        RasterLayerItem keep = model.getSelected();
        group.getChildren().setAll(model.items().stream().map(TreeItem::new).toList());
        for (TreeItem<RasterLayerItem> row : group.getChildren()) {
            if (row.getValue() == keep) tree.getSelectionModel().select(row);
        }
    }

    private void bind(RasterLayerItem item) {
        bound = item;
        for (TreeItem<RasterLayerItem> row : group.getChildren()) {
            if (row.getValue() == item && tree.getSelectionModel().getSelectedItem() != row) tree.getSelectionModel().select(row);
        }
        refresh();
    }

    /** Brings the controls up to date with the selected row (without writing back). */
    private void refresh() {
        RasterLayerItem item = bound;
        updating = true;
        try {
            if (item == null) {
                legend.show(null);
                bandRow.setVisible(false);
                bandRow.setManaged(false);
                rgbRow.setVisible(false);
                rgbRow.setManaged(false);
                return;
            }
            if (!opacity.isValueChanging()) opacity.setValue(item.getOpacity());
            style.setValue(item.getStyle());
            List<Integer> bands = IntStream.range(0, item.bandCount()).boxed().toList();
            for (ComboBox<Integer> b : List.of(band, red, green, blue)) {
                if (!b.getItems().equals(bands)) b.getItems().setAll(bands);
            }
            band.setValue(item.bandProperty().get());
            red.setValue(item.redProperty().get());
            green.setValue(item.greenProperty().get());
            blue.setValue(item.blueProperty().get());
            boolean rgb = item.getStyle() == RasterStyleKind.RGB;
            bandRow.setVisible(!rgb && item.bandCount() > 1);
            bandRow.setManaged(bandRow.isVisible());
            rgbRow.setVisible(rgb);
            rgbRow.setManaged(rgb);
            legend.show(item.legend());
        } finally {
            updating = false;
        }
    }

    private void apply() {
        RasterLayerItem item = bound;
        if (updating || item == null) return;
        item.setOpacity(opacity.getValue());
        if (style.getValue() != null) item.setStyle(style.getValue());
        set(item.bandProperty(), band);
        set(item.redProperty(), red);
        set(item.greenProperty(), green);
        set(item.blueProperty(), blue);
    }

    private static void set(IntegerProperty p, ComboBox<Integer> b) {
        if (b.getValue() != null) p.set(b.getValue());
    }

    private ComboBox<Integer> bandPicker(String id) {
        ComboBox<Integer> c = new ComboBox<>();
        c.setId(id);
        c.setConverter(converter(b -> b == null ? "" : String.valueOf(b + 1)));
        return c;
    }

    private static HBox row(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setPrefWidth(52);
        HBox h = new HBox(8, l, control);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return text.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    private final class RasterCell extends TreeCell<RasterLayerItem> {
        private final CheckBox check = new CheckBox();
        private final Label title = new Label();
        private final Label tag = new Label();
        private final HBox box;
        private BooleanProperty boundVisible;

        RasterCell(Runnable zoomToSelected) {
            check.getStyleClass().add("layer-visible");
            title.setMinWidth(0);
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            tag.getStyleClass().add("raster-tag");
            tag.setText(messages.get("raster.generated.short"));
            tag.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, check, title, spacer, tag);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            setPrefWidth(0);
            MenuItem zoom = new MenuItem(messages.get("layers.zoomTo"));
            zoom.setOnAction(e -> { if (getItem() != null) { model.select(getItem()); zoomToSelected.run(); } });
            MenuItem remove = new MenuItem(messages.get("raster.remove"));
            remove.setOnAction(e -> { if (getItem() != null) model.remove(getItem()); });
            setContextMenu(new ContextMenu(zoom, remove));
        }

        @Override
        protected void updateItem(RasterLayerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (boundVisible != null) {
                check.selectedProperty().unbindBidirectional(boundVisible);
                boundVisible = null;
            }
            if (empty) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            if (getTreeItem() == group) {
                setId("rasterGroup");
                setGraphic(null);
                setText(messages.get("raster.group") + (model.items().isEmpty() ? " — " + messages.get("raster.empty") : ""));
                setTooltip(new Tooltip(messages.get("raster.empty.tip")));
                return;
            }
            setId("raster-" + item.name());
            boundVisible = item.visibleProperty();
            check.selectedProperty().bindBidirectional(boundVisible);
            check.setId("rasterVisible-" + item.name());
            title.setText(item.title());
            tag.setVisible(item.generated());
            setTooltip(new Tooltip(item.file() + "\n" + item.raster()));
            setText(null);
            setGraphic(box);
        }
    }
}
