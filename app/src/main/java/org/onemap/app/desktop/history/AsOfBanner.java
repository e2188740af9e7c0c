package org.onemap.app.desktop.history;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.onemap.app.desktop.Messages;

/** The strip across the top of the map while it shows the past: "历史视图 … — 只读" and a button back to now. */
public final class AsOfBanner extends HBox {
    private final Label text = new Label();
    private final Button now;

    public AsOfBanner(MapAsOfViewModel vm, Messages m) {
        super(12);
        setId("asOfBanner");
        text.setId("asOfBannerText");
        text.textProperty().bind(vm.bannerProperty());
        text.setStyle("-fx-text-fill: white; -fx-font-size: 15px; -fx-font-weight: bold;");
        now = new Button(m.get("asof.returnNow"));
        now.setId("asOfReturnNow");
        now.setOnAction(e -> vm.returnToNow());
        getChildren().addAll(text, now);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(6, 14, 6, 14));
        setStyle("-fx-background-color: rgba(150, 60, 0, 0.88); -fx-background-radius: 0 0 6 6;");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        visibleProperty().bind(vm.activeProperty());
        managedProperty().bind(visibleProperty());
    }

    public Label text() { return text; }

    public Button returnButton() { return now; }
}
