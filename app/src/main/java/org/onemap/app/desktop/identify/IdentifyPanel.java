package org.onemap.app.desktop.identify;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.Messages;

/**
 * The identify results on the right: the features found at the last click (topmost layer first)
 * and the attributes of the one picked, with Chinese field labels where the column is known.
 */
public final class IdentifyPanel extends VBox {
    private final ListView<IdentifyHit> hits = new ListView<>();
    private final TableView<AttributeRow> attributes = new TableView<>();

    public IdentifyPanel(IdentifyModel model, Messages messages) {
        setId("identifyPanel");
        getStyleClass().add("identify-panel");
        Label header = new Label(messages.get("identify.title"));
        header.getStyleClass().add("panel-header");
        header.setMaxWidth(Double.MAX_VALUE);

        Label found = new Label();
        found.setId("identifyFound");
        found.setWrapText(true);
        found.setPadding(new Insets(4, 8, 4, 8));
        found.textProperty().bind(Bindings.createStringBinding(() -> model.locationProperty().get() == null
                ? messages.get("identify.empty")
                : messages.format("identify.found", model.hits().size()), model.hits(), model.locationProperty()));

        hits.setId("identifyHits");
        hits.setItems(model.hits());
        hits.setPrefHeight(150);
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(IdentifyHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.layer().title() + "  ·  " + hit.displayName());
            }
        });
        hits.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.getSelected()) model.selectedProperty().set(now);
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) hits.getSelectionModel().clearSelection();
            else if (hits.getSelectionModel().getSelectedItem() != now) hits.getSelectionModel().select(now);
        });

        attributes.setId("identifyAttributes");
        attributes.setItems(model.attributes());
        attributes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attributes.setPlaceholder(new Label(""));
        TableColumn<AttributeRow, String> field = new TableColumn<>(messages.get("identify.field"));
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        field.setPrefWidth(110);
        field.setSortable(false);
        TableColumn<AttributeRow, String> value = new TableColumn<>(messages.get("identify.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setSortable(false);
        attributes.getColumns().setAll(java.util.List.of(field, value));
        VBox.setVgrow(attributes, Priority.ALWAYS);

        getChildren().addAll(header, found, hits, attributes);
    }

    public ListView<IdentifyHit> hitList() { return hits; }

    public TableView<AttributeRow> attributeTable() { return attributes; }
}
