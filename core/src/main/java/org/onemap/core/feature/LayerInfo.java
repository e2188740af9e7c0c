package org.onemap.core.feature;

import org.locationtech.jts.geom.Envelope;

/** Catalog facts about a layer: what {@code onemap layers} prints. Extent is in lon/lat; null when empty. */
public record LayerInfo(String name, GeometryKind geometryType, long count, Envelope extent) {
}
