package org.onemap.core.edit.topology;

/** The parcel topology rules checked live and on save. */
public enum TopologyRule {
    /** Geometry must be a valid polygon (no self-intersection, closed rings). */
    VALID_GEOMETRY,
    /** Two parcels must not share area. */
    NO_OVERLAP,
    /** Parcels of one village must leave no gap between them (optional). */
    NO_GAP,
    /** A parcel must lie inside its village/county polygon. */
    INSIDE_CONTAINER,
    /** A parcel must reach the minimum area. */
    MINIMUM_AREA
}
