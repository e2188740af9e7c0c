package org.onemap.thematic.module;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * A saved view: what a module shows first. {@code name} equals the module id; {@code extent} is a
 * lon/lat box ({@code null}: the county layer's extent); {@code visibleLayers} names the workspace
 * layers switched on; {@code from}/{@code to} bound the time window of time-stamped layers (null: all time).
 */
public record ThematicView(String name, Envelope extent, List<String> visibleLayers, Instant from, Instant to) {
    public ThematicView {
        Objects.requireNonNull(name, "name");
        extent = extent == null ? null : new Envelope(extent);
        visibleLayers = List.copyOf(visibleLayers);
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("time window ends before it starts");
    }

    /** A view without time window. */
    public static ThematicView of(String name, Envelope extent, List<String> visibleLayers) {
        return new ThematicView(name, extent, visibleLayers, null, null);
    }

    public boolean hasTimeWindow() {
        return from != null || to != null;
    }
}
