package org.onemap.app.desktop.layers;

import java.text.NumberFormat;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.Messages;
import org.onemap.map.style.DefaultStyles;

/**
 * The layer tree: one row per layer with a visibility check box, its legend symbol, title and
 * feature count; up/down buttons change the drawing order, the slider the selected layer's
 * opacity; the context menu zooms to a layer or opens its attribute table.
 */
public final class LayerPanel extends VBox {
    private final LayerTreeModel model;
    private final Messages messages;
    private final TreeView<LayerItem> tree = new TreeView<>();
    private final TreeItem<LayerItem> root = new TreeItem<>();
    private final Slider opacity = new Slider(0, 1, 1);
    private final Consumer<LayerItem> zoomToLayer;
    private final Consumer<LayerItem> openTable;
    private LayerItem opacityTarget;

    public LayerPanel(LayerTreeModel model, Messages messages, Consumer<LayerItem> zoomToLayer, Consumer<LayerItem> openTable) {
        this.model = model;
        this.messages = messages;
        this.zoomToLayer = zoomToLayer;
        this.openTable = openTable;
        getStyleClass().add("layer-panel");
        setId("layerPanel");

        Label header = new Label(messages.get("layers.title"));
        header.getStyleClass().add("panel-header");
        header.setMaxWidth(Double.MAX_VALUE);

        Button up = new Button("▲");
        up.setId("layerUp");
        up.setTooltip(new Tooltip(messages.get("layers.moveUp.tip")));
        up.setOnAction(e -> { LayerItem s = model.getSelected(); if (s != null) model.moveUp(s); });
        Button down = new Button("▼");
        down.setId("layerDown");
        down.setTooltip(new Tooltip(messages.get("layers.moveDown.tip")));
        down.setOnAction(e -> { LayerItem s = model.getSelected(); if (s != null) model.moveDown(s); });
        Button zoom = new Button("⤢");
        zoom.setId("layerZoom");
        zoom.setTooltip(new Tooltip(messages.get("layers.zoomTo")));
        zoom.setOnAction(e -> { LayerItem s = model.getSelected(); if (s != null) zoomToLayer.accept(s); });
        up.disableProperty().bind(Bindings.createBooleanBinding(() -> model.getSelected() == null || !model.canMoveUp(model.getSelected()),
                model.selectedProperty(), model.items()));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> model.getSelected() == null || !model.canMoveDown(model.getSelected()),
                model.selectedProperty(), model.items()));
        zoom.disableProperty().bind(model.selectedProperty().isNull());
        ToolBar bar = new ToolBar(up, down, zoom);
        bar.getStyleClass().add("panel-toolbar");

        tree.setId("layerTree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new LayerCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        rebuildRows();
        model.items().addListener((javafx.collections.ListChangeListener<LayerItem>) c -> {
            while (c.next()) {
                if (c.wasPermutated() || c.wasAdded() || c.wasRemoved()) {
                    rebuildRows();
                    return;
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() != model.getSelected()) model.select(now.getValue());
        });
        model.selectedProperty().addListener((o, was, now) -> selectRow(now));

        Label opacityLabel = new Label(messages.get("layers.opacity"));
        opacity.setId("layerOpacity");
        opacity.setMajorTickUnit(0.25);
        HBox.setHgrow(opacity, Priority.ALWAYS);
        HBox opacityRow = new HBox(8, opacityLabel, opacity);
        opacityRow.setAlignment(Pos.CENTER_LEFT);
        opacityRow.setPadding(new Insets(6, 8, 8, 8));
        opacityRow.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((o, was, now) -> {
            opacityTarget = null;
            opacity.setValue(now == null ? 1 : now.getOpacity());
            opacityTarget = now;
        });
        // apply when the drag ends, not on every pixel of it: each change re-renders the tiles
        opacity.valueChangingProperty().addListener((o, was, now) -> { if (!now) applyOpacity(); });
        opacity.valueProperty().addListener((o, was, now) -> { if (!opacity.isValueChanging()) applyOpacity(); });

        getChildren().addAll(header, bar, tree, opacityRow);
    }

    /** The tree control (for tests and keyboard focus). */
    public TreeView<LayerItem> tree() { return tree; }

    private void applyOpacity() {
        if (opacityTarget != null) opacityTarget.setOpacity(opacity.getValue());
    }

    private void rebuildRows() {
        LayerItem selected = model.getSelected();
        root.getChildren().setAll(model.items().stream().map(TreeItem::new).toList());
        selectRow(selected);
    }

    private void selectRow(LayerItem item) {
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<LayerItem> row : root.getChildren()) {
            if (row.getValue() == item) {
                if (tree.getSelectionModel().getSelectedItem() != row) tree.getSelectionModel().select(row);
                return;
            }
        }
    }

    private final class LayerCell extends TreeCell<LayerItem> {
        private final CheckBox check = new CheckBox();
        private final Label title = new Label();
        private final Label count = new Label();
        private final HBox swatchBox = new HBox();
        private final HBox box;
        private BooleanProperty bound;

        LayerCell() {
            check.getStyleClass().add("layer-visible");
            count.getStyleClass().add("layer-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            title.setMinWidth(0);
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            swatchBox.setMinWidth(LayerSwatch.SIZE);
            swatchBox.setAlignment(Pos.CENTER);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, check, swatchBox, title, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            // cells as wide as the tree, not as their text: long titles end in … instead of a scroll bar
            setPrefWidth(0);
            MenuItem zoomTo = new MenuItem(messages.get("layers.zoomTo"));
            zoomTo.setOnAction(e -> { if (getItem() != null) zoomToLayer.accept(getItem()); });
            MenuItem table = new MenuItem(messages.get("layers.openTable"));
            table.setOnAction(e -> { if (getItem() != null) openTable.accept(getItem()); });
            MenuItem up = new MenuItem(messages.get("layers.moveUp"));
            up.setOnAction(e -> { if (getItem() != null) model.moveUp(getItem()); });
            MenuItem down = new MenuItem(messages.get("layers.moveDown"));
            down.setOnAction(e -> { if (getItem() != null) model.moveDown(getItem()); });
            ContextMenu menu = new ContextMenu(zoomTo, table, new SeparatorMenuItem(), up, down);
            menu.setOnShowing(e -> {
                up.setDisable(getItem() == null || !model.canMoveUp(getItem()));
                down.setDisable(getItem() == null || !model.canMoveDown(getItem()));
            });
            setContextMenu(menu);
        }

        @Override
        protected void updateItem(LayerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                check.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            setId("layer-" + item.name());
            bound = item.visibleProperty();
            check.selectedProperty().bindBidirectional(bound);
            check.setId("visible-" + item.name());
            swatchBox.getChildren().setAll(LayerSwatch.of(DefaultStyles.forLayer(item.name(), item.geometryKind()), item.geometryKind()));
            title.setText(item.title());
            count.setText(NumberFormat.getIntegerInstance(messages.locale()).format(item.featureCount()));
            setTooltip(new Tooltip(item.name() + " · " + item.geometryKind().ogcName() + " · "
                    + messages.format("layers.count", item.featureCount())));
            setText(null);
            setGraphic(box);
        }
    }
}
