package org.onemap.core.feature;

import java.util.Objects;

/** One attribute column of a layer: name, type and whether a value is required. */
public record FieldDef(String name, FieldType type, boolean required) {
    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static FieldDef of(String name, FieldType type) {
        return new FieldDef(name, type, false);
    }
}
