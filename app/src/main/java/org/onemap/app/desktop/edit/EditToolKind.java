package org.onemap.app.desktop.edit;

/** The editing tools of the edit panel, each one {@link MapEditTool}; the order is the panel's. */
public enum EditToolKind {
    /** Click a feature to select it, Shift+click to add to the selection, double-click for its attributes. */
    SELECT,
    /** Click vertices; double-click or Enter finishes, Esc cancels, Backspace removes the last vertex. */
    DRAW_POLYGON,
    /** Drag from corner to corner. */
    RECTANGLE,
    /** Press and trace; the trace is closed and simplified into a polygon. */
    FREEHAND,
    /** Draw a polygon strictly inside a parcel to cut a hole. */
    ADD_HOLE,
    /** Drag a vertex of the selected parcel, click an edge to insert one, Delete removes the last one touched. */
    VERTEX,
    /** Drag a parcel. */
    MOVE,
    /** Drag around the parcel's centroid. */
    ROTATE,
    /** Draw a line across parcels to split them. */
    SPLIT,
    /** Draw a line that leaves and re-enters the selected parcel to redraw its boundary between the crossings. */
    RESHAPE,
    /** Draw a polygon cut out of every parcel it overlaps. */
    CUT_OUT,
    /** Click a feature of the chosen source layer to copy it into the edited layer. */
    COPY_FROM_LAYER;

    /** Tools that draw a sketch vertex by vertex, so typed coordinates can feed them. */
    public boolean sketches() {
        return this == DRAW_POLYGON || this == ADD_HOLE || this == SPLIT || this == RESHAPE || this == CUT_OUT;
    }
}
