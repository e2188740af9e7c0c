package org.onemap.app.desktop.edit;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * One editing tool, driven by map events already converted to (snapped) map coordinates. Tools are
 * headless: they keep their sketch and hand finished edits to their {@link EditContext}; the map view
 * draws {@link #sketch()} and {@link #sketchVertices()}. Every method returns whether the event was
 * used, so an unused drag can still pan the map.
 */
public interface MapEditTool {
    EditToolKind kind();

    /** Whether a drag on the map is this tool's (so the map must not pan). */
    default boolean wantsDrag() { return false; }

    default boolean pressed(MapInput in) { return false; }

    default boolean dragged(MapInput in) { return false; }

    default boolean released(MapInput in) { return false; }

    /** The pointer moved without a button pressed. */
    default boolean moved(MapInput in) { return false; }

    /** A click that did not drag; {@code count} 2 for a double-click (the first click came before it). */
    default boolean clicked(MapInput in, int count) { return false; }

    default boolean key(EditKey key) { return false; }

    /** A coordinate typed in the coordinates dialog, as if clicked exactly there. */
    default boolean typed(Coordinate c) { return false; }

    /** What the tool shows while working (the polygon or line being drawn, the moved parcel); null if nothing. */
    default Geometry sketch() { return null; }

    /** The placed vertices of the sketch (drawn as handles). */
    default List<Coordinate> sketchVertices() { return List.of(); }

    /** Points of the sketch that a live measurement should read as a polygon; empty when nothing to measure. */
    default Coordinate[] measuredRing() { return new Coordinate[0]; }

    /** Drops the sketch (tool switched, Esc, session closed). */
    default void cancel() { }
}
