package org.onemap.app.desktop;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/** Toolbar glyphs drawn as vector paths on a 20-unit grid, so they stay crisp at any screen scale. */
final class Icons {
    private Icons() {}

    /** Four-way arrows. */
    static Node pan() {
        return path("M10 1 L13.5 5 H11 V9 H15 V6.5 L19 10 L15 13.5 V11 H11 V15 H13.5 L10 19 L6.5 15 H9 V11 H5 V13.5 "
                + "L1 10 L5 6.5 V9 H9 V5 H6.5 Z", Color.web("#37474f"), null);
    }

    /** "i" in a circle. */
    static Node identify() {
        return path("M10 1 A9 9 0 1 1 9.99 1 Z M9 8 V15 H11 V8 Z M10 4 A1.3 1.3 0 1 0 10.01 4 Z",
                Color.web("#1565c0"), null);
    }

    /** A ruler at 45°. */
    static Node measureDistance() {
        return path("M2 14 L14 2 L18 6 L6 18 Z M5 13 L6.5 14.5 M7 11 L9.5 13.5 M9 9 L10.5 10.5 M11 7 L13.5 9.5 M13 5 L14.5 6.5",
                Color.web("#ffe082"), Color.web("#e65100"));
    }

    /** An irregular polygon with vertex dots. */
    static Node measureArea() {
        return path("M3 15 L5 4 L14 2 L18 11 L11 18 Z", Color.web("#ffcc80", 0.8), Color.web("#e65100"));
    }

    /** A globe-like frame with outward corners. */
    /** Parcel editing (issue 7): a pencil over a parcel corner. */
    static Node edit() {
        return path("M2 18 L2 9 L9 9 M4 16 L14.5 5.5 L17.5 8.5 L7 19 H4 Z M15.5 4.5 L17 3 L20 6 L18.5 7.5 Z",
                Color.web("#c8e6c9"), Color.web("#2e7d32"));
    }

    static Node fullExtent() {
        return path("M1 1 H7 V3 H3 V7 H1 Z M13 1 H19 V7 H17 V3 H13 Z M1 13 H3 V17 H7 V19 H1 Z M17 13 H19 V19 H13 V17 H17 Z "
                + "M10 5 A5 5 0 1 1 9.99 5 Z", Color.web("#2e7d32"), null);
    }

    static Node zoomIn() {
        return path("M8 1 A7 7 0 1 1 7.99 1 Z M7 4 V7 H4 V9 H7 V12 H9 V9 H12 V7 H9 V4 Z M13 12 L19 18 L17.5 19.5 L11.5 13.5 Z",
                Color.web("#455a64"), null);
    }

    static Node zoomOut() {
        return path("M8 1 A7 7 0 1 1 7.99 1 Z M4 7 V9 H12 V7 Z M13 12 L19 18 L17.5 19.5 L11.5 13.5 Z",
                Color.web("#455a64"), null);
    }

    /** A dashed frame around a filled square. */
    static Node zoomSelection() {
        return path("M1 1 H5 V2.5 H2.5 V5 H1 Z M15 1 H19 V5 H17.5 V2.5 H15 Z M1 15 H2.5 V17.5 H5 V19 H1 Z "
                + "M17.5 15 H19 V19 H15 V17.5 H17.5 Z M6 6 H14 V14 H6 Z", Color.web("#00acc1"), null);
    }

    /** An eraser. */
    static Node clear() {
        return path("M2 13 L10 5 L16 11 L10 17 H5 Z M10 17 H18 V18.5 H10 Z", Color.web("#ef9a9a"), Color.web("#c62828"));
    }

    private static Node path(String d, Color fill, Color stroke) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.setFill(fill);
        p.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        if (stroke != null) {
            p.setStroke(stroke);
            p.setStrokeWidth(1.2);
        }
        StackPane box = new StackPane(p);
        box.setMinSize(20, 20);
        box.setPrefSize(20, 20);
        box.setMaxSize(20, 20);
        return box;
    }
}
