package org.onemap.map.style;

import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Colours by the value of one attribute (e.g. parcel {@code crop}): value → colour in legend order,
 * and {@code other} for values not listed (and for null). Values are compared as strings.
 */
public record CategoryColors(String field, Map<String, Color> colors, Color other) {
    public CategoryColors {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(other, "other");
        colors = Collections.unmodifiableMap(new LinkedHashMap<>(colors));
        colors.forEach((k, v) -> {
            Objects.requireNonNull(k, "category value");
            Objects.requireNonNull(v, "colour of category " + k);
        });
    }

    /** The colour of a feature whose {@link #field} holds {@code value}. */
    public Color colorOf(Object value) {
        if (value == null) return other;
        Color c = colors.get(value instanceof String s ? s : value.toString());
        return c == null ? other : c;
    }
}
