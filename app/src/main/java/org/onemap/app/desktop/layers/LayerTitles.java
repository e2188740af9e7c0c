package org.onemap.app.desktop.layers;

import org.onemap.app.desktop.Messages;

/**
 * Display titles of workspace layers: the canonical layers (county, parcel, camera …) have titles in
 * the UI bundle under {@code layer.<name>}; any other layer shows its own name.
 */
public final class LayerTitles {
    private final Messages messages;

    public LayerTitles(Messages messages) { this.messages = messages; }

    public String title(String layerName) {
        return messages.getOr("layer." + layerName, layerName);
    }
}
