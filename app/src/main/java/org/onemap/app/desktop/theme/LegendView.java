package org.onemap.app.desktop.theme;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.onemap.thematic.legend.ThematicLegend;

/**
 * The active theme's legends: per legend its title (which says 合成数据 or 2020年人口普查), then one row
 * per class with the swatch as the map draws it (box, point symbol or line), its label and its count.
 */
final class LegendView extends VBox {
    private static final double SWATCH_W = 26;
    private static final double SWATCH_H = 16;
    private final Locale locale;

    LegendView(Locale locale) {
        this.locale = locale;
        setId("themeLegend");
        getStyleClass().add("theme-legend");
        setSpacing(8);
    }

    void show(List<ThematicLegend> legends) {
        getChildren().clear();
        for (ThematicLegend l : legends) getChildren().add(legend(l));
    }

    private Node legend(ThematicLegend l) {
        VBox box = new VBox(2);
        box.getStyleClass().add("theme-legend-block");
        Label title = new Label(l.title());
        title.setWrapText(true);
        title.getStyleClass().add("theme-legend-title");
        box.getChildren().add(title);
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        for (ThematicLegend.Entry e : l.entries()) {
            Label label = new Label(e.label());
            label.getStyleClass().add("theme-legend-label");
            label.setWrapText(true);
            label.setMinWidth(0);
            HBox.setHgrow(label, Priority.ALWAYS);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.SOMETIMES);
            HBox row = new HBox(6, swatch(e), label, gap);
            if (e.counted()) {
                Label count = new Label(nf.format(e.count()));
                count.getStyleClass().add("theme-legend-count");
                count.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(count);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("theme-legend-row");
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node swatch(ThematicLegend.Entry e) {
        Canvas c = new Canvas(SWATCH_W, SWATCH_H);
        GraphicsContext g = c.getGraphicsContext2D();
        Color fill = fx(e.color());
        Color stroke = fill.deriveColor(0, 1, 0.6, 1);
        double cx = SWATCH_W / 2;
        double cy = SWATCH_H / 2;
        double r = Math.max(3, Math.min(SWATCH_H / 2 - 1, e.size() > 0 ? e.size() / 2 : 5));
        g.setFill(fill);
        g.setStroke(stroke);
        g.setLineWidth(1);
        switch (e.swatch()) {
            case CIRCLE -> {
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            }
            case SQUARE -> {
                g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
                g.strokeRect(cx - r, cy - r, 2 * r, 2 * r);
            }
            case TRIANGLE -> {
                double[] xs = {cx, cx + r, cx - r};
                double[] ys = {cy - r, cy + r, cy + r};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            }
            case DIAMOND -> {
                double[] xs = {cx, cx + r, cx, cx - r};
                double[] ys = {cy - r, cy, cy + r, cy};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            case LINE -> {
                g.setStroke(fill);
                g.setLineWidth(Math.max(1, Math.min(SWATCH_H - 2, e.size())));
                g.strokeLine(2, cy, SWATCH_W - 2, cy);
            }
            default -> {
                g.fillRect(1, 1, SWATCH_W - 2, SWATCH_H - 2);
                g.setStroke(Color.gray(0.45));
                g.strokeRect(1.5, 1.5, SWATCH_W - 3, SWATCH_H - 3);
            }
        }
        return c;
    }

    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
