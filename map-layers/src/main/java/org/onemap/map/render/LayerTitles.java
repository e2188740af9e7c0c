package org.onemap.map.render;

import java.util.Locale;

/** Human titles of the canonical layers (县（市、区）, 地块 …) from the map messages; other layers keep their name. */
public final class LayerTitles {
    private LayerTitles() {}

    public static String title(String layerName, Locale locale) {
        String t = MapMessages.find(locale, "layer." + layerName.toLowerCase(Locale.ROOT));
        return t != null ? t : layerName;
    }
}
