package org.onemap.core.feature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of a layer: its name, geometry type, storage SRID (4326 for workspace layers, DESIGN.md)
 * and attribute fields. The feature id ({@code id}), geometry ({@code geom}) and the bookkeeping
 * columns ({@code version}, {@code updated_at}, {@code updated_by}) are implicit and not listed.
 */
public record LayerSchema(String name, GeometryKind geometryType, int srid, List<FieldDef> fields) {
    public static final int WGS84 = 4326;

    public LayerSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometryType, "geometryType");
        fields = List.copyOf(fields);
    }

    public Optional<FieldDef> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
    }
}
