package org.onemap.app.desktop.history;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.Messages;

/**
 * The history of one feature: the timeline of its versions above, the picked version's attributes
 * beside the current ones below (differing rows highlighted). The map overlays are drawn by the owner
 * from the view-model's geometry properties.
 */
public final class FeatureHistoryView extends BorderPane {
    /** Background of a diff row whose value differs from the current one. */
    static final String CHANGED_STYLE = "-fx-background-color: #ffe8b3; -fx-font-weight: bold;";

    private final TableView<TimelineRow> timeline = new TableView<>();
    private final TableView<DiffRow> diff = new TableView<>();
    private final Button close;

    public FeatureHistoryView(FeatureHistoryViewModel vm, Messages m) {
        setId("featureHistory");
        setPrefSize(780, 640);
        Label title = new Label(vm.title());
        title.getStyleClass().add("panel-header");
        title.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("historyStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setTop(new VBox(title, status));

        timeline.setId("historyTimeline");
        timeline.setItems(vm.rows());
        timeline.setPlaceholder(new Label(""));
        timeline.getColumns().setAll(java.util.List.of(
                column(m.get("history.col.version"), TimelineRow::version, 60),
                column(m.get("history.col.time"), TimelineRow::time, 150),
                column(m.get("history.col.user"), TimelineRow::user, 90),
                column(m.get("history.col.op"), TimelineRow::operation, 60),
                column(m.get("history.col.changes"), TimelineRow::changes, 360)));
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeline.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.selectedProperty().get()) vm.selectedProperty().set(now);
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) timeline.getSelectionModel().clearSelection();
            else if (timeline.getSelectionModel().getSelectedItem() != now) timeline.getSelectionModel().select(now);
        });

        diff.setId("historyDiff");
        diff.setItems(vm.diff());
        diff.setPlaceholder(new Label(""));
        TableColumn<DiffRow, String> field = diffColumn(m.get("history.diff.field"), DiffRow::label, 140);
        diff.getColumns().setAll(java.util.List.of(field, diffColumn(m.get("history.diff.then"), DiffRow::then, 220),
                diffColumn(m.get("history.diff.now"), DiffRow::now, 220)));
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DiffRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean changed = !empty && row != null && row.changed();
                setStyle(changed ? CHANGED_STYLE : "");
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("changed"), changed);
            }
        });

        SplitPane split = new SplitPane(timeline, diff);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        setCenter(split);

        Label legend = new Label(m.get("history.legend"));
        legend.setWrapText(true);
        close = new Button(m.get("history.close"));
        close.setId("historyClose");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, legend, spacer, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        setBottom(bottom);
    }

    private static TableColumn<TimelineRow, String> column(String title, java.util.function.Function<TimelineRow, String> value, double width) {
        TableColumn<TimelineRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static TableColumn<DiffRow, String> diffColumn(String title, java.util.function.Function<DiffRow, String> value, double width) {
        TableColumn<DiffRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public TableView<TimelineRow> timeline() { return timeline; }

    public TableView<DiffRow> diffTable() { return diff; }

    public Button closeButton() { return close; }
}
