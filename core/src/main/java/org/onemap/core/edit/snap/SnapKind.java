package org.onemap.core.edit.snap;

/** What a point snapped to; also used to choose which kinds a snap may use. */
public enum SnapKind {
    /** A corner of a visible feature. */
    VERTEX,
    /** A crossing of two edges (of one or different features) that is not a vertex. */
    INTERSECTION,
    /** The closest point on an edge. */
    EDGE
}
