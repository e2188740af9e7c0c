package org.onemap.app.desktop.sync;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.onemap.app.desktop.Messages;

/** The key to the conflict overlays (my outline, theirs, the difference), as a row in the panel or a box on the map. */
final class ConflictLegend {
    private ConflictLegend() {}

    /** One swatch per overlay, laid out by {@code box} (an HBox for the panel, a VBox for the map). */
    static <P extends Pane> P fill(P box, Messages m) {
        box.getChildren().addAll(
                swatch(m.get("sync.legend.mine"), ConflictMapLayers.MINE, null, false),
                swatch(m.get("sync.legend.theirs"), ConflictMapLayers.THEIRS, null, true),
                swatch(m.get("sync.legend.difference"), ConflictMapLayers.DIFFERENCE_EDGE, ConflictMapLayers.DIFFERENCE, false));
        return box;
    }

    /** The legend box drawn over the map's top-right corner while a conflict is shown. */
    static VBox onMap(Messages m) {
        Label title = new Label(m.get("sync.legend"));
        title.setStyle("-fx-font-weight: bold;");
        VBox box = fill(new VBox(4, title), m);
        box.setId("conflictMapLegend");
        box.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 8 10 8 10; -fx-background-radius: 4;"
                + " -fx-border-color: #b0b0b0; -fx-border-radius: 4;");
        box.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        return box;
    }

    private static HBox swatch(String text, Color stroke, Color fill, boolean dashed) {
        Rectangle r = new Rectangle(22, 12);
        r.setFill(fill == null ? Color.TRANSPARENT : fill);
        r.setStroke(stroke);
        r.setStrokeWidth(2.5);
        if (dashed) r.getStrokeDashArray().setAll(5.0, 3.0);
        Label l = new Label(text);
        l.getStyleClass().add("legend-label");
        HBox b = new HBox(5, r, l);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }
}
