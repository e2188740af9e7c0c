package org.onemap.app.desktop.edit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.edit.snap.SnapIndex;
import org.onemap.core.edit.snap.SnapResult;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * The snap index of what the map shows: rebuilt on a background thread whenever the view or the
 * edited features change (index only what is visible, so the cost follows the screen, not the layer),
 * swapped in on the UI thread; a build for a view that is already gone is dropped. Until the first
 * build lands nothing snaps.
 */
final class SnapTargets {
    private final Function<String, FeatureSource> sources;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private volatile SnapIndex index;
    private long generation;

    SnapTargets(Function<String, FeatureSource> sources, Executor background, Executor ui) {
        this.sources = sources;
        this.background = background;
        this.ui = ui;
    }

    /** True when the index matches the last requested view and features. */
    ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    /**
     * Rebuilds for {@code view}: {@code edited} (the session's current features, replacing the stored
     * layer {@code editedLayer}) plus the visible features of the other {@code layers}.
     */
    void rebuild(Envelope view, String editedLayer, List<Feature> edited, List<String> layers) {
        long gen = ++generation;
        ready.set(false);
        if (view == null) return;
        background.execute(() -> {
            SnapIndex idx = new SnapIndex();
            for (Feature f : edited) {
                if (f.geometry() != null && f.geometry().getEnvelopeInternal().intersects(view)) idx.add(f.id(), f.geometry());
            }
            for (String layer : layers) {
                if (layer.equalsIgnoreCase(editedLayer)) continue;
                try {
                    sources.apply(layer).read(Query.bbox(view), f -> {
                        if (f.geometry() != null) idx.add(layer + ":" + f.id(), f.geometry());
                    });
                } catch (RuntimeException e) {
                    // a layer that cannot be read just offers nothing to snap to
                }
            }
            idx.build();
            ui.execute(() -> {
                if (gen != generation) return;
                index = idx;
                ready.set(true);
            });
        });
    }

    Optional<SnapResult> snap(Coordinate p, SnapSettings settings, double unitsPerPixel) {
        SnapIndex idx = index;
        if (idx == null || !settings.enabledProperty().get() || settings.kinds().isEmpty()) return Optional.empty();
        return idx.snap(p, SnapIndex.tolerance(settings.tolerancePxProperty().get(), unitsPerPixel), settings.kinds());
    }

    void clear() {
        generation++;
        index = null;
        ready.set(false);
    }
}
