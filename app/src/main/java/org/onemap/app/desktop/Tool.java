package org.onemap.app.desktop;

/** What a click on the map does. */
public enum Tool {
    /** Drag pans, the wheel zooms; clicks do nothing else. */
    PAN,
    /** A click shows the attributes of the features under it. */
    IDENTIFY,
    /** Clicks add vertices of a line, a double-click finishes; shows its geodesic length. */
    MEASURE_DISTANCE,
    /** Clicks add vertices of a polygon, a double-click finishes; shows its geodesic area. */
    MEASURE_AREA,
    /** Parcel editing: map input goes to the edit panel's active tool (org.onemap.app.desktop.edit). */
    EDIT
}
