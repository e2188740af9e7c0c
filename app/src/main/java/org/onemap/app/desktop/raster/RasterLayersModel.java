package org.onemap.app.desktop.raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.map.raster.RasterFormatException;
import org.onemap.map.raster.RasterLayer;

/**
 * View-model of the 遥感影像 group of the layer panel: the raster layers (top row drawn last), the
 * selected one, the swipe comparison and the last error. Files are read on the background executor
 * and listed on the UI executor; a file that is not a readable GeoTIFF becomes an {@link #errorProperty()
 * error} naming it, and nothing else changes.
 */
public final class RasterLayersModel {
    private static final Logger LOG = Logger.getLogger(RasterLayersModel.class.getName());

    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<RasterLayerItem> items = FXCollections.observableArrayList(i -> new Observable[] {i.revisionProperty()});
    private final ObjectProperty<RasterLayerItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RasterError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper loading = new ReadOnlyIntegerWrapper(this, "loading");
    private final SwipeModel swipe;

    /** A file that could not be opened or drawn, with the message to show (it names the file). */
    public record RasterError(Path file, String message) {}

    /**
     * @param background reads the files (seconds for a large GeoTIFF)
     * @param ui lists them: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     */
    public RasterLayersModel(Messages messages, Executor background, Executor ui) {
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        this.swipe = new SwipeModel(messages);
        items.addListener((javafx.collections.ListChangeListener<RasterLayerItem>) c -> {
            while (c.next()) for (RasterLayerItem gone : c.getRemoved()) if (!items.contains(gone)) swipe.removed(gone);
            revision.set(revision.get() + 1);
        });
        swipe.revisionProperty().addListener(o -> revision.set(revision.get() + 1));
    }

    public Messages messages() { return messages; }

    /** Rows from the top (drawn last) to the bottom. */
    public ObservableList<RasterLayerItem> items() { return items; }

    public ObjectProperty<RasterLayerItem> selectedProperty() { return selected; }

    public RasterLayerItem getSelected() { return selected.get(); }

    public void select(RasterLayerItem item) { selected.set(item); }

    public SwipeModel swipe() { return swipe; }

    /** The last file that failed; a new value (never the same object) for every failure. */
    public ReadOnlyObjectProperty<RasterError> errorProperty() { return error.getReadOnlyProperty(); }

    /** Files being read now. */
    public ReadOnlyIntegerProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Counts every change to the rows, their styles and the swipe sides. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Opens {@code files} in the background and lists each on top, visible and selected. */
    public void add(List<Path> files) {
        for (Path f : files) open(f, true);
    }

    /**
     * Lists the GeoTIFFs ({@code *.tif}, {@code *.tiff}) of {@code folder}, hidden, in name order (the
     * last on top); nothing when the folder does not exist. The workspace keeps its rasters in such a
     * folder, and the plain map stays as it was until the user switches one on.
     */
    public void addFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) return;
        List<Path> tiffs;
        try (Stream<Path> s = Files.list(folder)) {
            tiffs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?"))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list rasters in " + folder, e);
            return;
        }
        for (Path f : tiffs) open(f, false);
    }

    private void open(Path file, boolean show) {
        loading.set(loading.get() + 1);
        background.execute(() -> {
            RasterLayerItem item = null;
            String failure = null;
            try {
                item = RasterLayerItem.open(file);
            } catch (RasterFormatException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot open raster " + file, e);
                failure = file.getFileName() + ": " + e;
            }
            RasterLayerItem opened = item;
            String why = failure;
            ui.execute(() -> {
                loading.set(loading.get() - 1);
                if (opened == null) {
                    fail(file, why);
                    return;
                }
                opened.setVisible(show);
                items.add(0, opened);
                if (show || selected.get() == null) selected.set(opened);
            });
        });
    }

    /** Reports a file that could not be read or drawn; the message names the file. */
    public void fail(Path file, String why) {
        String prefix = file.getFileName() + ": ";
        String reason = why != null && why.startsWith(prefix) ? why.substring(prefix.length()) : why;
        error.set(new RasterError(file, messages.format("raster.error.open", file.getFileName().toString(), reason)));
    }

    /**
     * Reports a listed file whose pixels could not be decoded while drawing, and switches its row off
     * so the map does not fail on it again with every pan.
     */
    public void failedToDraw(Path file, String why) {
        for (RasterLayerItem i : items) if (i.file().equals(file)) i.setVisible(false);
        if (swipe.isActive()) {
            for (RasterLayerItem i : items) if (i.file().equals(file)) swipe.removed(i);
        }
        fail(file, why);
    }

    /** Takes {@code item} off the list (and out of a swipe). */
    public void remove(RasterLayerItem item) {
        if (selected.get() == item) selected.set(null);
        items.remove(item);
    }

    /** Layers in the order they are painted, bottom first, visible ones only. */
    public List<RasterLayer> drawOrder() {
        List<RasterLayer> out = new ArrayList<>();
        for (RasterLayerItem i : items) if (i.shows()) out.add(i.layer());
        Collections.reverse(out);
        return out;
    }

    /**
     * What the map draws left of the swipe divider (everything when there is no swipe), bottom first.
     * A swipe side draws its layer even when its row is switched off: choosing it is asking to see it.
     */
    public List<RasterLayer> leftSide() {
        if (!swipe.isActive()) return drawOrder();
        return side(swipe.leftProperty().get());
    }

    /** What the map draws right of the divider; empty when there is no swipe. */
    public List<RasterLayer> rightSide() {
        if (!swipe.isActive()) return List.of();
        return side(swipe.rightProperty().get());
    }

    private static List<RasterLayer> side(RasterLayerItem item) {
        if (item == null || item.getOpacity() == 0) return List.of();
        return List.of(item.layer().withVisible(true));
    }

    /** Whether any raster is on the map now, so vector fills should let it show through. */
    public boolean showsRasters() {
        return !leftSide().isEmpty() || !rightSide().isEmpty();
    }

    /** The rows that can be compared in a swipe: every row (visible or not). */
    public List<RasterLayerItem> swipeCandidates() { return List.copyOf(items); }
}
