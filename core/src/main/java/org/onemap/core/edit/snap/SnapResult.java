package org.onemap.core.edit.snap;

import org.locationtech.jts.geom.Coordinate;

/** A snapped position, what it snapped to, the feature it belongs to and the distance moved (layer units). */
public record SnapResult(Coordinate point, SnapKind kind, String featureId, double distance) {}
