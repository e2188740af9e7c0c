package org.onemap.map.render;

import org.onemap.map.style.LabelStyle;

/**
 * A label the renderer would like to draw, in device pixels: anchored beside a point symbol, centred
 * on an area's interior point, or centred on a line and turned along it ({@code angle} radians,
 * {@code room} = the line's visible length). {@code size} ranks features of one layer: bigger first.
 */
record LabelCandidate(String text, String layer, String featureId, LabelStyle style, Kind kind, double x, double y,
                      double angle, double symbolRadius, double room, double size, int layerIndex, double opacity) {
    enum Kind { POINT, AREA, LINE }
}
