package org.onemap.app.wall.dispatch;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.onemap.app.wall.WallText;

/**
 * The wall's dispatch panel, bound to a {@link DispatchViewModel}: the incident queue, the selected
 * incident with the nearest available unit, the assign / on-site / close buttons and the action
 * log, in the wall's dark large type. The operator's name comes from the wall's operator field.
 */
public final class DispatchPanel extends VBox {
    public DispatchPanel(DispatchViewModel vm, WallText text, Supplier<String> operator) {
        setId("dispatchPanel");
        getStyleClass().add("wall-dispatch");

        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("wall-section");
        title.setId("dispatchTitle");

        ListView<Incident> queue = new ListView<>(vm.incidents());
        queue.setId("dispatchIncidents");
        queue.setCellFactory(l -> cell(vm::incidentLine, i -> "dispatch-prio-" + i.priority(), false));
        queue.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.getSelected() == null || !now.id().equals(vm.getSelected().id()))) vm.select(now);
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) queue.getSelectionModel().clearSelection();
            else if (queue.getSelectionModel().getSelectedItem() != now) queue.getSelectionModel().select(now);
        });
        queue.setPrefHeight(0); // share the height with the log instead of asking for all of it
        VBox.setVgrow(queue, Priority.ALWAYS);

        Label selected = wrapped(vm.selectedTextProperty().get());
        selected.textProperty().bind(vm.selectedTextProperty());
        selected.setId("dispatchSelected");
        selected.getStyleClass().add("dispatch-selected");

        ChoiceBox<DispatchViewModel.UnitChoice> units = new ChoiceBox<>();
        units.getItems().setAll(DispatchViewModel.UnitChoice.values());
        units.setConverter(new StringConverter<>() {
            @Override public String toString(DispatchViewModel.UnitChoice c) { return c == null ? "" : vm.unitChoiceLabel(c); }

            @Override public DispatchViewModel.UnitChoice fromString(String s) { return null; }
        });
        units.valueProperty().bindBidirectional(vm.unitChoiceProperty());
        units.setId("dispatchUnitChoice");
        Label send = new Label(text.get("dispatch.units"));
        HBox unitRow = new HBox(10, send, units);
        unitRow.setAlignment(Pos.CENTER_LEFT);

        Label suggestion = wrapped("");
        suggestion.textProperty().bind(vm.suggestionTextProperty());
        suggestion.setId("dispatchSuggestion");
        suggestion.managedProperty().bind(vm.suggestionTextProperty().isNotEmpty()); // no gap while nothing is selected
        suggestion.getStyleClass().add("dispatch-suggestion");

        Button assign = button(text.get("dispatch.assign"), "dispatchAssign", () -> vm.assign(operator.get()));
        assign.disableProperty().bind(vm.canAssignProperty().not());
        Button arrive = button(text.get("dispatch.arrive"), "dispatchArrive", () -> vm.arrive(operator.get()));
        arrive.disableProperty().bind(vm.canArriveProperty().not());
        Button close = button(text.get("dispatch.close"), "dispatchClose", () -> vm.close(operator.get()));
        close.disableProperty().bind(vm.canCloseProperty().not());
        HBox actions = new HBox(10, assign, arrive, close);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = wrapped("");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.getStyleClass().add("dispatch-error");
        error.setId("dispatchError");

        Label logHeader = new Label(text.get("dispatch.log"));
        logHeader.getStyleClass().add("wall-section");
        ListView<DispatchLogEntry> log = new ListView<>(vm.log());
        log.setId("dispatchLog");
        log.setCellFactory(l -> cell(vm::logLine, e -> null, true));
        log.setFocusTraversable(false);
        // the queue is what operators work from: it takes the spare height, the log a few lines (dispatch.css)
        log.setMinHeight(0);

        getChildren().setAll(title, queue, selected, unitRow, suggestion, actions, error, logHeader, log);
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A cell as wide as its list (no sideways scrolling on a wall nobody scrolls): incidents one line
     * each, cut with an ellipsis so the queue stays scannable; log lines wrapped, as they are read whole.
     */
    private static <T> ListCell<T> cell(Function<T, String> line, Function<T, String> styleClass, boolean wrap) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("dispatch-prio-"));
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(line.apply(item));
                String extra = styleClass.apply(item);
                if (extra != null) getStyleClass().add(extra);
            }
        };
        cell.setPrefWidth(0);
        cell.setWrapText(wrap);
        return cell;
    }
}
