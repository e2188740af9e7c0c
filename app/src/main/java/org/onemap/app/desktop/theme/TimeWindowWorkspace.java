package org.onemap.app.desktop.theme;

import java.util.List;
import java.util.Optional;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.thematic.time.TimeSlider;

/**
 * The workspace as a module sees it at one slider position: its time-stamped layers cut to that
 * window, every other layer as it is. Read-only; closing it leaves the workspace open.
 */
final class TimeWindowWorkspace implements DataSource {
    private final DataSource workspace;
    private final TimeSlider slider;
    private final List<TimeSliderViewModel.TimedLayer> timed;
    private final int position;

    TimeWindowWorkspace(DataSource workspace, TimeSlider slider, List<TimeSliderViewModel.TimedLayer> timed, int position) {
        this.workspace = workspace;
        this.slider = slider;
        this.timed = List.copyOf(timed);
        this.position = position;
    }

    @Override
    public List<LayerInfo> layers() {
        return workspace.layers();
    }

    @Override
    public FeatureSource layer(String name) {
        FeatureSource source = workspace.layer(name);
        for (TimeSliderViewModel.TimedLayer t : timed) {
            if (t.layer().equalsIgnoreCase(name)) return slider.at(source, t.field(), position);
        }
        return source;
    }

    @Override
    public Optional<FeatureStore> writableLayer(String name) {
        return Optional.empty();
    }

    @Override
    public FeatureStore createLayer(LayerSchema schema) {
        throw new UnsupportedOperationException("a time-slider frame of the workspace is read-only");
    }

    @Override
    public boolean hasLayer(String name) {
        return workspace.hasLayer(name);
    }

    @Override
    public void close() {
        // the workspace belongs to the window
    }
}
