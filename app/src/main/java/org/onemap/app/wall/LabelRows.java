package org.onemap.app.wall;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A column of one-line text rows on the wall (live counts, feed status) that is updated in place: the
 * rows' labels are kept and only their text, id and "stale" mark change.
 *
 * <p>Why not new labels each time: replacing a column's labels every second made Prism repaint the whole
 * 4K wall on the next pulse (the removed labels' dirty region covers the window), about 100 ms of software
 * rendering per second that also landed in the carousel's view changes (BENCHMARKS.md, wall soak).
 */
final class LabelRows {
    /** One row: its text, an optional node id, and whether it is marked stale (drawn in the alert colour). */
    record Row(String text, String id, boolean stale) {
        Row(String text) { this(text, null, false); }
    }

    private final VBox box;
    private final String styleClass;

    LabelRows(VBox box, String styleClass) {
        this.box = box;
        this.styleClass = styleClass;
    }

    VBox node() { return box; }

    /** Shows {@code rows}, reusing the labels already there. */
    void show(List<Row> rows) {
        var children = box.getChildren();
        if (children.size() > rows.size()) children.remove(rows.size(), children.size());
        while (children.size() < rows.size()) {
            Label l = new Label();
            l.getStyleClass().add(styleClass);
            children.add(l);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Label l = (Label) children.get(i);
            if (!r.text().equals(l.getText())) l.setText(r.text());
            if (!Objects.equals(r.id(), l.getId())) l.setId(r.id());
            boolean marked = l.getStyleClass().contains("stale");
            if (r.stale() && !marked) l.getStyleClass().add("stale");
            else if (!r.stale() && marked) l.getStyleClass().remove("stale");
        }
    }
}
