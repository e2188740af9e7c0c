package org.onemap.datasources.sync;

import java.util.List;
import org.onemap.core.feature.Feature;

/**
 * Both sides of a conflict, for the resolution dialog: the features (null where deleted), the fields whose
 * values differ and whether the geometries differ (the map draws both then).
 */
public record ConflictView(Conflict conflict, Feature mine, Feature theirs, List<String> differingFields, boolean geometryDiffers) {
    public ConflictView {
        differingFields = List.copyOf(differingFields);
    }
}
