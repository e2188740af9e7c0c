package org.onemap.app.desktop.sync;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.onemap.app.desktop.Messages;
import org.onemap.datasources.sync.Side;

/**
 * One conflict: a header, the table 字段 | 我的 | 对方 | 基准 | 采用 (differing rows highlighted, a side chosen
 * per row), the map legend, and 保留我的 / 采用对方 / 按所选合并 / 缩放至差异. Empty with a hint while no conflict is open.
 */
final class ConflictPane extends VBox {
    private final SyncViewModel vm;
    private final Messages m;
    private final ConflictMapLayers mapLayers;
    private final Label title = new Label();
    private final TableView<AttributeChoice> table = new TableView<>();
    private final Button merge;
    private final VBox body;
    private final Label hint;

    ConflictPane(SyncViewModel vm, Messages m, ConflictMapLayers mapLayers) {
        super(8);
        this.vm = vm;
        this.m = m;
        this.mapLayers = mapLayers;
        setId("conflictPane");
        setPadding(new Insets(0, 0, 0, 10));
        title.setId("conflictTitle");
        title.getStyleClass().add("conflict-title");
        title.setWrapText(true);
        buildTable();

        Button mine = button("conflictKeepMine", "sync.keepMine", () -> vm.resolve(Side.MINE));
        Button theirs = button("conflictTakeTheirs", "sync.takeTheirs", () -> vm.resolve(Side.THEIRS));
        merge = button("conflictMerge", "sync.merge", vm::merge);
        Button zoom = button("conflictZoom", "sync.zoom", () -> {
            if (vm.conflictProperty().get() != null) mapLayers.zoomTo(vm.conflictProperty().get().difference());
        });
        for (Button b : new Button[] {mine, theirs, merge}) b.disableProperty().bind(vm.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, zoom, gap, mine, theirs, merge);
        actions.setAlignment(Pos.CENTER_LEFT);

        body = new VBox(8, title, table, legend(), actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        hint = new Label(m.get("sync.conflict.hint"));
        hint.getStyleClass().add("form-note");
        vm.conflictProperty().addListener((o, was, now) -> show(now));
        show(vm.conflictProperty().get());
    }

    private void show(ConflictViewModel c) {
        if (c == null) {
            mapLayers.clear();
            getChildren().setAll(hint);
            return;
        }
        title.setText(c.title());
        table.setItems(c.rows());
        merge.setVisible(c.canMerge());
        getChildren().setAll(body);
        mapLayers.show(c.difference(), true);
    }

    private void buildTable() {
        table.setId("conflictTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(260);
        TableColumn<AttributeChoice, String> field = text("sync.col.field", AttributeChoice::label);
        TableColumn<AttributeChoice, String> mine = text("sync.col.mine", AttributeChoice::mine);
        TableColumn<AttributeChoice, String> theirs = text("sync.col.theirs", AttributeChoice::theirs);
        TableColumn<AttributeChoice, String> base = text("sync.col.base", AttributeChoice::base);
        TableColumn<AttributeChoice, Side> choice = new TableColumn<>(m.get("sync.col.choice"));
        choice.setCellValueFactory(r -> r.getValue().choice());
        choice.setCellFactory(col -> new ChoiceCell());
        choice.setMinWidth(96);
        table.getColumns().add(field);
        table.getColumns().add(mine);
        table.getColumns().add(theirs);
        table.getColumns().add(base);
        table.getColumns().add(choice);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AttributeChoice r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("differs");
                if (!empty && r != null && r.differs()) getStyleClass().add("differs");
            }
        });
    }

    private TableColumn<AttributeChoice, String> text(String key, java.util.function.Function<AttributeChoice, String> value) {
        TableColumn<AttributeChoice, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A mine/theirs drop-down on differing rows; agreeing rows need no choice. */
    private final class ChoiceCell extends TableCell<AttributeChoice, Side> {
        private final ComboBox<Side> box = new ComboBox<>(FXCollections.observableArrayList(Side.values()));
        private AttributeChoice bound;

        ChoiceCell() {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Side s) { return s == null ? "" : m.get("sync.choice." + s.name()); }

                @Override
                public Side fromString(String s) { return null; }
            });
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(Side side, boolean empty) {
            super.updateItem(side, empty);
            if (bound != null) box.valueProperty().unbindBidirectional(bound.choice());
            bound = null;
            AttributeChoice row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || !row.differs()) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.setId("conflictChoice-" + row.key());
            box.valueProperty().bindBidirectional(row.choice());
            setGraphic(box);
        }
    }

    private HBox legend() {
        Label title = new Label(m.get("sync.legend") + "：");
        title.getStyleClass().add("legend-label");
        HBox box = ConflictLegend.fill(new HBox(14, title), m);
        box.setId("conflictLegend");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
