package org.onemap.app.desktop.live;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.onemap.app.desktop.Messages;
import org.onemap.app.live.LiveFeeds;

/**
 * The 实时图层 group of the layer panel: one {@link LiveLayerItem} per live layer, all off at start.
 * The group's switch turns them all on or off; {@link #shownCount()} says how many are on.
 */
public final class LiveLayersModel {
    private final Messages messages;
    private final List<LiveLayerItem> items;
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", 0);

    public LiveLayersModel(Messages messages) {
        this.messages = messages;
        this.items = LiveFeeds.LAYERS.stream().map(n -> new LiveLayerItem(n, messages.get("live.feed." + n))).toList();
        for (LiveLayerItem i : items) {
            i.visibleProperty().addListener((o, was, now) -> shown.set((int) items.stream().filter(LiveLayerItem::isVisible).count()));
        }
    }

    public Messages messages() { return messages; }

    public List<LiveLayerItem> items() { return items; }

    public LiveLayerItem item(String name) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no live layer '" + name + "'"));
    }

    /** Live layers switched on now. */
    public ReadOnlyIntegerProperty shownCount() { return shown.getReadOnlyProperty(); }

    /** The group's switch: every live layer on, or every one off. */
    public void setAllVisible(boolean on) {
        for (LiveLayerItem i : items) i.setVisible(on);
    }
}
