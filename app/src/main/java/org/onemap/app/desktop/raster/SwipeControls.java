package org.onemap.app.desktop.raster;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The swipe comparison switch and its two sides (a raster layer or 矢量地图, the vector map alone).
 * The divider itself is dragged on the map ({@link SwipeDivider}).
 */
final class SwipeControls extends VBox {
    /** Stands for "no raster: the vector map" in the side pickers (a ComboBox cannot show null well). */
    static final RasterLayerItem VECTOR = null;

    private final RasterLayersModel model;
    private final CheckBox on;
    private final ComboBox<Side> left = new ComboBox<>();
    private final ComboBox<Side> right = new ComboBox<>();
    private boolean updating;

    /** One choice of a side picker; {@code item} null is the vector map. */
    record Side(RasterLayerItem item, String text) {
        @Override
        public String toString() { return text; }
    }

    SwipeControls(RasterLayersModel model) {
        this.model = model;
        var m = model.messages();
        setId("swipeControls");
        getStyleClass().add("swipe-controls");
        setSpacing(4);
        setPadding(new Insets(4, 8, 0, 8));
        on = new CheckBox(m.get("raster.swipe"));
        on.setId("swipeToggle");
        left.setId("swipeLeft");
        right.setId("swipeRight");
        for (ComboBox<Side> c : List.of(left, right)) {
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(m.get("raster.swipe.left")), left);
        grid.addRow(1, new Label(m.get("raster.swipe.right")), right);
        grid.disableProperty().bind(on.selectedProperty().not());
        getChildren().addAll(on, grid);
        setAlignment(Pos.CENTER_LEFT);

        SwipeModel swipe = model.swipe();
        refresh();
        model.items().addListener((javafx.collections.ListChangeListener<RasterLayerItem>) c -> refresh());
        swipe.revisionProperty().addListener(o -> refresh());
        on.selectedProperty().addListener((o, was, now) -> {
            if (updating) return;
            if (now) swipe.compare(pick(left, 0), pick(right, 1));
            else swipe.stop();
        });
        left.valueProperty().addListener((o, was, now) -> { if (!updating && now != null) swipe.leftProperty().set(now.item()); });
        right.valueProperty().addListener((o, was, now) -> { if (!updating && now != null) swipe.rightProperty().set(now.item()); });
    }

    /** The side chosen in {@code box}, or a sensible default: the {@code index}-th raster, else the vector map. */
    private RasterLayerItem pick(ComboBox<Side> box, int index) {
        if (box.getValue() != null) return box.getValue().item();
        List<RasterLayerItem> items = model.items();
        return index < items.size() ? items.get(index) : VECTOR;
    }

    private void refresh() {
        updating = true;
        try {
            List<Side> sides = new ArrayList<>();
            for (RasterLayerItem i : model.items()) sides.add(new Side(i, i.title()));
            sides.add(new Side(VECTOR, model.messages().get("raster.swipe.vector")));
            SwipeModel swipe = model.swipe();
            for (ComboBox<Side> c : List.of(left, right)) {
                if (!c.getItems().equals(sides)) c.setItems(FXCollections.observableArrayList(sides));
            }
            if (swipe.isActive()) {
                select(left, swipe.leftProperty().get());
                select(right, swipe.rightProperty().get());
            }
            on.setSelected(swipe.isActive());
        } finally {
            updating = false;
        }
    }

    private static void select(ComboBox<Side> box, RasterLayerItem item) {
        for (Side s : box.getItems()) if (s.item() == item) box.setValue(s);
    }
}
