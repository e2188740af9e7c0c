package org.onemap.app.desktop.sync;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.onemap.datasources.sync.Side;

/**
 * One row of the conflict table: a field (or the geometry) with its value here, on the server and at the
 * last sync, whether the sides differ, and which side the merge takes (mine unless changed).
 *
 * @param key    field name, or {@code geom} for the geometry
 * @param label  what the table shows for it
 * @param base   value at the last sync as text, "—" when not known
 */
public record AttributeChoice(String key, String label, String mine, String theirs, String base, boolean differs,
                              ObjectProperty<Side> choice) {
    public AttributeChoice(String key, String label, String mine, String theirs, String base, boolean differs) {
        this(key, label, mine, theirs, base, differs, new SimpleObjectProperty<>(Side.MINE));
    }

    public Side getChoice() { return choice.get(); }

    public void setChoice(Side side) { choice.set(side); }
}
