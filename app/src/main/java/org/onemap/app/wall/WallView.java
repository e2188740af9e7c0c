package org.onemap.app.wall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.onemap.thematic.module.ThematicView;

/**
 * One stop of the carousel: a thematic module, the lon/lat extent to show ({@code null}: the
 * module's own view), extra workspace layers to switch on, how long to hold it, and the time window
 * of its time-stamped data ({@code from}/{@code to}, null: all time; the wall's time slider shows the
 * week in which {@code from} falls).
 */
public record WallView(String moduleId, Extent extent, List<String> visibleLayers, int holdSeconds, Instant from, Instant to) {
    public WallView {
        Objects.requireNonNull(moduleId, "moduleId");
        visibleLayers = visibleLayers == null ? List.of() : List.copyOf(visibleLayers);
        if (holdSeconds < 1) throw new IllegalArgumentException("hold time must be at least 1 s: " + holdSeconds + " for " + moduleId);
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("time window ends before it starts for " + moduleId);
    }

    /** A view over all time. */
    public WallView(String moduleId, Extent extent, List<String> visibleLayers, int holdSeconds) {
        this(moduleId, extent, visibleLayers, holdSeconds, null, null);
    }

    /** The same view held {@code seconds}. */
    public WallView withHoldSeconds(int seconds) {
        return new WallView(moduleId, extent, visibleLayers, seconds, from, to);
    }

    public boolean hasTimeWindow() { return from != null; }

    /** A lon/lat box, as plain numbers so the wall config stays readable JSON. */
    public record Extent(double minLon, double minLat, double maxLon, double maxLat) {
        public static Extent of(Envelope e) {
            return e == null || e.isNull() ? null : new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        }

        public Envelope envelope() { return new Envelope(minLon, maxLon, minLat, maxLat); }
    }

    /** The module's saved default view, held {@code holdSeconds}. */
    public static WallView of(ThematicView view, int holdSeconds) {
        return new WallView(view.name(), Extent.of(view.extent()), view.visibleLayers(), holdSeconds, view.from(), view.to());
    }
}
