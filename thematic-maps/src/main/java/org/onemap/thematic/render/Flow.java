package org.onemap.thematic.render;

/** One origin–destination flow in lon/lat with its volume (tonnes, trips, yuan …). */
public record Flow(double fromLon, double fromLat, double toLon, double toLat, double volume) {
    public Flow {
        if (!(volume >= 0)) throw new IllegalArgumentException("flow volume must be >= 0, got " + volume);
    }
}
