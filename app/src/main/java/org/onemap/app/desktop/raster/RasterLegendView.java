package org.onemap.app.desktop.raster;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.Messages;
import org.onemap.map.raster.ColorRamp;

/**
 * The legend of the selected raster layer: the colour ramp as a bar with the values at its two ends
 * (NDVI −1…1, elevation in metres), or the bands shown as red, green and blue; plus the
 * "synthetic data" note for generated files.
 */
final class RasterLegendView extends VBox {
    static final int BAR_WIDTH = 200;
    static final int BAR_HEIGHT = 12;

    private final Messages messages;
    private final Label title = new Label();
    private final ImageView bar = new ImageView();
    private final Label min = new Label();
    private final Label max = new Label();
    private final Label bands = new Label();
    private final Label note = new Label();
    private final VBox rampBox;

    RasterLegendView(Messages messages) {
        this.messages = messages;
        setId("rasterLegend");
        getStyleClass().add("raster-legend");
        setSpacing(3);
        title.getStyleClass().add("raster-legend-title");
        min.setId("rasterLegendMin");
        max.setId("rasterLegendMax");
        for (Label l : new Label[] {min, max, bands, note}) l.getStyleClass().add("raster-legend-value");
        note.setText(messages.get("raster.generated"));
        note.getStyleClass().add("raster-legend-note");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(min, gap, max);
        ends.setMaxWidth(BAR_WIDTH);
        rampBox = new VBox(2, bar, ends);
        rampBox.setAlignment(Pos.CENTER_LEFT);
        bands.setId("rasterLegendBands");
        getChildren().addAll(title, rampBox, bands, note);
        show(null);
    }

    /** Shows {@code legend}; null shows nothing. */
    void show(RasterLegend legend) {
        setVisible(legend != null);
        setManaged(legend != null);
        if (legend == null) return;
        title.setText(legend.title() + " · " + messages.get(legend.kind().messageKey()));
        boolean ramp = legend.ramp() != null;
        rampBox.setVisible(ramp);
        rampBox.setManaged(ramp);
        bands.setVisible(!ramp);
        bands.setManaged(!ramp);
        if (ramp) {
            bar.setImage(rampImage(legend.ramp()));
            min.setText(legend.format(legend.min()));
            max.setText(legend.format(legend.max()));
        } else {
            int[] b = legend.rgbBands();
            bands.setText(messages.format("raster.legend.bands", b[0], b[1], b[2]));
        }
        note.setVisible(legend.generated());
        note.setManaged(legend.generated());
    }

    /** The min text shown (for tests). */
    String minText() { return min.getText(); }

    String maxText() { return max.getText(); }

    static WritableImage rampImage(ColorRamp ramp) {
        WritableImage img = new WritableImage(BAR_WIDTH, BAR_HEIGHT);
        PixelWriter w = img.getPixelWriter();
        for (int x = 0; x < BAR_WIDTH; x++) {
            int argb = 0xff000000 | ramp.rgb(x / (double) (BAR_WIDTH - 1));
            for (int y = 0; y < BAR_HEIGHT; y++) w.setArgb(x, y, y == 0 || y == BAR_HEIGHT - 1 ? 0xff9e9e9e : argb);
        }
        return img;
    }

}
