package org.onemap.app.desktop.extrude;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the 3D camera is, as numbers the view binds its transforms to: a pivot on the ground (scene
 * metres, x east, y south), a heading (degrees clockwise from north), a tilt (0 = looking straight
 * down, up to {@link #MAX_TILT}) and a distance from the pivot. Mouse gestures arrive as pixel deltas.
 */
public final class OrbitCamera {
    public static final double MAX_TILT = 80;
    public static final double DEFAULT_TILT = 50;
    /** Degrees per dragged pixel. */
    static final double DEGREES_PER_PIXEL = 0.3;

    private final DoubleProperty pivotX = new SimpleDoubleProperty(this, "pivotX");
    private final DoubleProperty pivotY = new SimpleDoubleProperty(this, "pivotY");
    private final DoubleProperty heading = new SimpleDoubleProperty(this, "heading");
    private final DoubleProperty tilt = new SimpleDoubleProperty(this, "tilt", DEFAULT_TILT);
    private final DoubleProperty distance = new SimpleDoubleProperty(this, "distance", 1000);
    private double span = 1000;

    /** Frames the extent (local metres, x east, y north): pivot on its centre, the whole of it in view. */
    public void frame(Envelope local) {
        span = Math.max(1, Math.max(local.getWidth(), local.getHeight()));
        pivotX.set(local.centre().x);
        pivotY.set(-local.centre().y);
        heading.set(0);
        tilt.set(DEFAULT_TILT);
        distance.set(span * 1.3);
    }

    /** Drag left/right: turn the map about the pivot. */
    public void orbit(double dxPixels) {
        double h = (heading.get() - dxPixels * DEGREES_PER_PIXEL) % 360;
        heading.set(h < 0 ? h + 360 : h);
    }

    /** Right-drag or shift-drag up/down: tilt between straight down and nearly level. */
    public void tilt(double dyPixels) {
        tilt.set(Math.max(0, Math.min(MAX_TILT, tilt.get() + dyPixels * DEGREES_PER_PIXEL)));
    }

    /** Wheel: positive {@code wheelDelta} (scroll up) moves closer, 10 % per 40-unit notch. */
    public void zoom(double wheelDelta) {
        double d = distance.get() * Math.pow(0.9, wheelDelta / 40);
        distance.set(Math.max(span * 0.01, Math.min(span * 5, d)));
    }

    /** Looks at scene point (x, y) from {@code distance} metres. */
    public void focus(double x, double y, double dist) {
        pivotX.set(x);
        pivotY.set(y);
        distance.set(Math.max(span * 0.01, Math.min(span * 5, dist)));
    }

    /** Nearest plane the camera should clip at: close enough for a zoomed-in view, far enough for depth precision. */
    public double nearClip() { return Math.max(0.5, distance.get() * 0.02); }

    public double farClip() { return distance.get() * 4 + span * 4; }

    public DoubleProperty pivotXProperty() { return pivotX; }

    public DoubleProperty pivotYProperty() { return pivotY; }

    public DoubleProperty headingProperty() { return heading; }

    public DoubleProperty tiltProperty() { return tilt; }

    public DoubleProperty distanceProperty() { return distance; }
}
