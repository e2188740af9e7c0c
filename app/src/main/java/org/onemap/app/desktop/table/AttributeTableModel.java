package org.onemap.app.desktop.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * View-model of the attribute table: the features of one layer, a free-text filter over every
 * column, and the selection the map highlights. Rows are read off the UI thread; a layer switch
 * while a read is running discards the stale result.
 *
 * <p>A layer is read a first page at a time ({@value #FIRST_PAGE} rows): reading the first 200,000 of
 * a 1M-parcel layer at start-up took ~1.4 s of CPU from the first map draw and ~100 MB of heap, for a
 * table that shows 20 rows. The rest (up to the cap) is read when the user needs it: a filter, a sort,
 * scrolling to the end ({@link #readAll}), or a map selection of a feature not read yet.
 */
public final class AttributeTableModel {
    /** Rows read per layer; beyond this the summary says the table shows the first ones only. */
    public static final int DEFAULT_MAX_ROWS = 200_000;
    /** Rows read when a layer is shown; the others wait for {@link #readAll}. */
    public static final int FIRST_PAGE = 1_000;

    private final Function<String, FeatureSource> sources;
    private final FieldLabels labels;
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final int maxRows;
    private final int firstPage;

    private final ObjectProperty<LayerItem> layer = new SimpleObjectProperty<>(this, "layer");
    private final ObservableList<FieldDef> columns = FXCollections.observableArrayList();
    private final ObservableList<Feature> rows = FXCollections.observableArrayList();
    private final FilteredList<Feature> filtered = new FilteredList<>(rows, f -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableList<Feature> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<Envelope> viewExtent = new SimpleObjectProperty<>(this, "viewExtent");
    private final javafx.beans.property.BooleanProperty onlyInView = new javafx.beans.property.SimpleBooleanProperty(this, "onlyInView");
    private long total;
    private int generation;
    private boolean complete;          // every row up to the cap is read
    private boolean readingRest;
    private List<String> pendingIds;   // a map selection waiting for the rest of the rows

    /**
     * @param background where layer reads run
     * @param ui where their results are applied (the FX thread in the app, the caller in tests)
     */
    public AttributeTableModel(Function<String, FeatureSource> sources, Messages messages, Executor background,
                               Executor ui, int maxRows) {
        this(sources, messages, background, ui, maxRows, Math.min(FIRST_PAGE, maxRows));
    }

    /** @param firstPage rows read when a layer is shown, at most {@code maxRows} */
    public AttributeTableModel(Function<String, FeatureSource> sources, Messages messages, Executor background,
                               Executor ui, int maxRows, int firstPage) {
        if (firstPage < 1 || firstPage > maxRows) throw new IllegalArgumentException("firstPage must be in 1.." + maxRows + ": " + firstPage);
        this.firstPage = firstPage;
        this.sources = sources;
        this.messages = messages;
        this.labels = new FieldLabels(messages);
        this.background = background;
        this.ui = ui;
        this.maxRows = maxRows;
        layer.addListener((o, was, now) -> load(now, firstPage));
        filterText.addListener((o, was, now) -> applyFilter(now));
        onlyInView.addListener((o, was, now) -> load(layer.get(), firstPage));
        viewExtent.addListener((o, was, now) -> {
            if (onlyInView.get()) load(layer.get(), firstPage);
        });
    }

    public ObjectProperty<LayerItem> layerProperty() { return layer; }

    public LayerItem getLayer() { return layer.get(); }

    /** Attribute columns of the shown layer (the id column is implicit). */
    public ObservableList<FieldDef> columns() { return columns; }

    /** All rows read for the layer. */
    public ObservableList<Feature> rows() { return rows; }

    /** Rows passing the filter; the view sorts this list. */
    public FilteredList<Feature> filteredRows() { return filtered; }

    /** Text every shown row contains in some column (case-insensitive); blank shows all. */
    public StringProperty filterTextProperty() { return filterText; }

    /** Selected features; the table and the map both read and write it. */
    public ObservableList<Feature> selection() { return selection; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** e.g. "共 2,000 条，显示 35 条". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public FieldLabels labels() { return labels; }

    /** The map's lon/lat extent once it settled after a pan or zoom (the window keeps it up to date). */
    public ObjectProperty<Envelope> viewExtentProperty() { return viewExtent; }

    /** Show only the features on the map (in {@link #viewExtentProperty()}), as the map moves. */
    public javafx.beans.property.BooleanProperty onlyInViewProperty() { return onlyInView; }

    // every feature, or those in the map's view
    private Query base() {
        Envelope v = viewExtent.get();
        return onlyInView.get() && v != null ? Query.bbox(v) : Query.ALL;
    }

    /** Re-reads the current layer (after an edit or import): as many rows as were read before. */
    public void reload() { load(layer.get(), complete ? maxRows : firstPage); }

    /** True while only the first page of a bigger layer is read. */
    public boolean isPartial() { return layer.get() != null && !complete; }

    /**
     * Reads the rest of the layer's rows (up to the cap) unless they are read or being read: the view calls
     * it when the user sorts or scrolls to the end; a filter and a selection of unread features call it here.
     */
    public void readAll() {
        LayerItem item = layer.get();
        if (item == null || complete || readingRest || loading.get()) return;
        readingRest = true;
        updateSummary();
        read(item, maxRows, generation);
    }

    /**
     * Selects the rows with these feature ids (from the map side). While only the first page is read, ids
     * not among it wait for the rest to be read; ids the layer does not have (or beyond the cap) are ignored.
     */
    public void selectIds(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<Feature> found = new ArrayList<>();
        for (Feature f : rows) if (wanted.contains(f.id())) found.add(f);
        selection.setAll(found);
        if (found.size() < wanted.size() && isPartial()) {
            pendingIds = List.copyOf(ids);
            readAll();
        } else {
            pendingIds = null;
        }
    }

    /** Lon/lat extent of the selected features, or null when nothing with a geometry is selected. */
    public Envelope selectionExtent() {
        Envelope e = new Envelope();
        for (Feature f : selection) if (f.geometry() != null) e.expandToInclude(f.geometry().getEnvelopeInternal());
        return e.isNull() ? null : e;
    }

    private void load(LayerItem item, int limit) {
        int gen = ++generation;
        selection.clear();
        rows.clear();
        total = 0;
        complete = false;
        readingRest = false;
        pendingIds = null;
        if (item == null) {
            columns.clear();
            updateSummary();
            return;
        }
        columns.setAll(sources.apply(item.name()).schema().fields());
        loading.set(true);
        summary.set(messages.get("table.loading"));
        read(item, limit, gen);
    }

    // reads up to `limit` rows (and the count) in the background and applies them on the UI executor
    private void read(LayerItem item, int limit, int gen) {
        FeatureSource src = sources.apply(item.name());
        Query base = base();
        background.execute(() -> {
            List<Feature> read = new ArrayList<>();
            long n;
            Throwable failure = null;
            try {
                n = src.count(base); // in view: the workspace counts from its bounds index
                src.read(base.withLimit(limit), read::add);
            } catch (RuntimeException e) {
                n = 0;
                failure = e;
            }
            long count = n;
            Throwable error = failure;
            ui.execute(() -> {
                if (gen != generation) return;
                apply(count, read, limit, error);
            });
        });
    }

    private void apply(long count, List<Feature> read, int limit, Throwable error) {
        if (error != null && readingRest) { // the first page stays; the summary says why the rest is missing
            readingRest = false;
            pendingIds = null;
            summary.set(messages.format("table.error", error.getMessage()));
            return;
        }
        List<String> selected = pendingIds != null ? pendingIds : selection.stream().map(Feature::id).toList();
        total = count;
        rows.setAll(read);
        complete = error == null && (read.size() < limit || limit >= maxRows);
        readingRest = false;
        loading.set(false);
        pendingIds = null;
        if (!selected.isEmpty()) selectIds(selected); // the new rows are new objects: select them again by id
        if (error != null) summary.set(messages.format("table.error", error.getMessage()));
        else updateSummary();
        String f = filterText.get();
        if (f != null && !f.isBlank()) readAll(); // a filter typed while only the first page was read
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            filtered.setPredicate(f -> true);
        } else {
            filtered.setPredicate(f -> matches(f, needle));
            readAll(); // a filter over the first page only would hide matches
        }
        updateSummary();
    }

    private boolean matches(Feature f, String needle) {
        if (f.id() != null && f.id().toLowerCase(Locale.ROOT).contains(needle)) return true;
        for (Object v : f.attributes().values()) {
            if (v != null && labels.value(v).toLowerCase(Locale.ROOT).contains(needle)) return true;
            if (v != null && v.toString().toLowerCase(Locale.ROOT).contains(needle)) return true;
        }
        return false;
    }

    private void updateSummary() {
        if (layer.get() == null) {
            summary.set(messages.get("table.none"));
            return;
        }
        java.text.NumberFormat nf = java.text.NumberFormat.getIntegerInstance(messages.locale());
        String s = messages.format(base().bbox() != null ? "table.summaryInView" : "table.summary", nf.format(total), nf.format(filtered.size()));
        if (total > rows.size()) {
            s += " " + messages.format(complete ? "table.truncated" : readingRest ? "table.readingRest" : "table.partial", nf.format(rows.size()));
        }
        summary.set(s);
    }
}
