package org.onemap.app.desktop.edit;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.edit.snap.SnapResult;
import org.onemap.core.spi.FeatureSource;

/**
 * The map view as edit mode sees it (its lon/lat extent) and the snap index built for it
 * from the snap settings' layers and the session's features. Part of {@link EditViewModel}.
 */
final class EditSnapping {
    private final SnapSettings settings = new SnapSettings();
    private final SnapTargets targets;
    private Envelope view;

    EditSnapping(Function<String, FeatureSource> sources, Executor background, Executor ui) {
        this.targets = new SnapTargets(sources, background, ui);
    }

    SnapSettings settings() { return settings; }

    ReadOnlyBooleanProperty readyProperty() { return targets.readyProperty(); }

    Envelope view() { return view; }

    void viewChanged(Envelope lonLat) { this.view = lonLat == null ? null : new Envelope(lonLat); }

    /**
     * The snap of pointer {@code raw} at {@code upp} degrees per pixel, or null when nothing is within
     * tolerance or the tool does not {@code want} snapping.
     */
    SnapResult snap(Coordinate raw, double upp, boolean want) {
        return want ? targets.snap(raw, settings, upp).orElse(null) : null;
    }

    /** Rebuilds the index for the current view over {@code session}'s features; nothing without a session or view. */
    void rebuild(EditingSession session, String layer) {
        if (session == null || view == null) return;
        targets.rebuild(view, layer, List.copyOf(session.session().features()), List.copyOf(settings.layers()));
    }

    void clear() { targets.clear(); }
}
