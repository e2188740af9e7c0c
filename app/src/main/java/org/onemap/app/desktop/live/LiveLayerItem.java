package org.onemap.app.desktop.live;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One live layer in the 实时图层 group: its name ({@code machinery}, {@code sensor}), title, whether it
 * is shown (off until switched on) and, while shown, its source's status line and whether that is stale.
 */
public final class LiveLayerItem {
    private final String name;
    private final String title;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);

    LiveLayerItem(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public String name() { return name; }

    public String title() { return title; }

    public BooleanProperty visibleProperty() { return visible; }

    public boolean isVisible() { return visible.get(); }

    public void setVisible(boolean v) { visible.set(v); }

    /** The source's status line ("农机定位 · 回放（生成轨迹）：在线"); empty while the layer is off. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Whether the source is not live now (reconnecting, or silent past the stale time). */
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }

    void showStatus(String line, boolean isStale) {
        status.set(line);
        stale.set(isStale);
    }
}
