package org.onemap.app.desktop.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;

/**
 * The attribute table under the map: a sortable {@link TableView} of the selected layer, a filter
 * field, and buttons to zoom to or clear the selection. Its selection and the model's are kept equal
 * both ways, so a row picked here is highlighted on the map and a feature picked on the map is
 * selected here.
 */
public final class AttributeTablePane extends BorderPane {
    private final AttributeTableModel model;
    private final TableView<Feature> table = new TableView<>();
    private final SortedList<Feature> sorted;
    private boolean syncing;

    public AttributeTablePane(AttributeTableModel model, Messages messages, Runnable zoomToSelection) {
        this.model = model;
        setId("attributeTable");
        getStyleClass().add("attribute-table");

        Label title = new Label();
        title.getStyleClass().add("panel-header-inline");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("table.title") + (model.getLayer() == null ? "" : " · " + model.getLayer().title()),
                model.layerProperty()));
        TextField filter = new TextField();
        filter.setId("tableFilter");
        filter.setPromptText(messages.get("table.filter.prompt"));
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        Button zoom = new Button(messages.get("table.zoomToSelection"));
        zoom.setId("tableZoomToSelection");
        zoom.setOnAction(e -> zoomToSelection.run());
        zoom.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selection()));
        Button clear = new Button(messages.get("table.clearSelection"));
        clear.setId("tableClearSelection");
        clear.setOnAction(e -> model.selection().clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selection()));
        javafx.scene.control.ToggleButton inView = new javafx.scene.control.ToggleButton(messages.get("table.onlyInView"));
        inView.setId("tableOnlyInView");
        inView.setTooltip(new javafx.scene.control.Tooltip(messages.get("table.onlyInView.tip")));
        inView.selectedProperty().bindBidirectional(model.onlyInViewProperty());
        Label summary = new Label();
        summary.setId("tableSummary");
        summary.getStyleClass().add("table-summary");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, filter, inView, zoom, clear, spacer, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 4, 8));
        top.getStyleClass().add("table-toolbar");
        setTop(top);

        sorted = new SortedList<>(model.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("table.empty")));
        table.setTableMenuButtonVisible(true);
        setCenter(table);

        // only the first page of a big layer is read: sorting it alone, or scrolling past it, needs the rest
        table.getSortOrder().addListener((ListChangeListener<TableColumn<Feature, ?>>) c -> {
            if (!table.getSortOrder().isEmpty()) model.readAll();
        });
        table.skinProperty().addListener((o, was, skin) -> watchScrollToEnd());

        model.columns().addListener((ListChangeListener<FieldDef>) c -> rebuildColumns());
        rebuildColumns();

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Feature>) c -> {
            if (syncing) return;
            syncing = true;
            try {
                model.selection().setAll(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
            } finally {
                syncing = false;
            }
        });
        model.selection().addListener((ListChangeListener<Feature>) c -> {
            if (syncing) return;
            syncing = true;
            try {
                showSelection();
            } finally {
                syncing = false;
            }
        });
    }

    private void watchScrollToEnd() {
        for (javafx.scene.Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.valueProperty().addListener((o, was, v) -> {
                    if (v.doubleValue() >= bar.getMax() * 0.95 && model.isPartial()) model.readAll();
                });
            }
        }
    }

    /** The table control, for tests. */
    public TableView<Feature> table() { return table; }

    private void showSelection() {
        table.getSelectionModel().clearSelection();
        int first = -1;
        for (Feature f : model.selection()) {
            int i = sorted.indexOf(f);
            if (i >= 0) {
                table.getSelectionModel().select(i);
                if (first < 0) first = i;
            }
        }
        if (first >= 0) table.scrollTo(Math.max(0, first - 2));
    }

    private void rebuildColumns() {
        List<TableColumn<Feature, ?>> cols = new ArrayList<>();
        TableColumn<Feature, Object> id = new TableColumn<>(model.labels().label("id"));
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(idValue(c.getValue().id())));
        id.setComparator(VALUE_ORDER);
        id.setPrefWidth(80);
        cols.add(id);
        for (FieldDef field : model.columns()) {
            TableColumn<Feature, Object> col = new TableColumn<>(model.labels().label(field.name()));
            col.setUserData(field.name());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().get(field.name())));
            col.setComparator(VALUE_ORDER);
            col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Object v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty ? null : model.labels().value(v));
                }
            });
            col.setPrefWidth(Math.max(90, Math.min(220, 14 * col.getText().length() + 40)));
            cols.add(col);
        }
        table.getSortOrder().clear();
        table.getColumns().setAll(cols);
    }

    /** Numeric ids sort as numbers, others as text. */
    private static Object idValue(String id) {
        if (id == null) return null;
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    /** Nulls last; numbers by value; everything else by text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a == b) return 0;
        if (a == null) return 1;
        if (b == null) return -1;
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue());
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) return ca.compareTo(b);
        return a.toString().compareTo(b.toString());
    };
}
