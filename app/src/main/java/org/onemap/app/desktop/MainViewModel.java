package org.onemap.app.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.app.desktop.edit.EditViewModel;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.app.desktop.identify.IdentifyHit;
import org.onemap.app.desktop.identify.IdentifyModel;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.layers.LayerTitles;
import org.onemap.app.desktop.layers.LayerTreeModel;
import org.onemap.app.desktop.map.MapLayerSet;
import org.onemap.app.desktop.measure.MeasureModel;
import org.onemap.app.desktop.status.StatusModel;
import org.onemap.app.desktop.table.AttributeTableModel;
import org.onemap.app.desktop.theme.ThemeViewModel;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderLayers;
import org.onemap.map.style.DefaultStyles;
import org.onemap.sample.SampleCatalog;
import org.onemap.thematic.module.ThematicModules;

/**
 * View-model of the main window: the workspace's layers, the active tool and the panels' models,
 * wired so that the attribute table's selection, an identify result and the map highlight agree.
 * Uses only JavaFX properties and collections, so it is tested without a running toolkit.
 */
public final class MainViewModel {
    private final DataSource workspace;
    private final Messages messages;
    private final Map<String, FeatureSource> sources = new ConcurrentHashMap<>();
    private final LayerTreeModel layers;
    private final MapLayerSet mapLayers;
    private final AttributeTableModel table;
    private final IdentifyModel identify;
    private final MeasureModel measure;
    private final StatusModel status;
    private final ThemeViewModel theme;
    // parcel editing (issue 7)
    private final EditViewModel edit;
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.PAN);
    private final ObservableList<Geometry> highlight = FXCollections.observableArrayList();

    /**
     * @param background runs workspace reads that would stall the UI (attribute table loads)
     * @param ui applies their results: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     */
    public MainViewModel(DataSource workspace, Messages messages, Executor background, Executor ui) {
        this(workspace, messages, background, ui, AttributeTableModel.DEFAULT_MAX_ROWS);
    }

    public MainViewModel(DataSource workspace, Messages messages, Executor background, Executor ui, int maxTableRows) {
        this.workspace = workspace;
        this.messages = messages;
        this.layers = new LayerTreeModel(workspace.layers(), new LayerTitles(messages),
                info -> DefaultStyles.drawRank(info.name(), info.geometryType()));
        // the thematic modules' source layers stay listed but start hidden: the plain map is the canonical one
        for (LayerItem i : layers.items()) if (SampleCatalog.THEME_LAYERS.contains(i.name())) i.setVisible(false);
        this.mapLayers = new MapLayerSet(layers, this::source);
        this.table = new AttributeTableModel(this::source, messages, background, ui, maxTableRows);
        this.identify = new IdentifyModel(new FieldLabels(messages), this::source);
        this.measure = new MeasureModel(messages);
        this.status = new StatusModel(messages);
        this.theme = new ThemeViewModel(workspace, messages, ThematicModules.all(), layers, mapLayers, background, ui);
        // parcel editing (issue 7): journal under ~/.onemap/journal, edits recorded as the OS user
        this.edit = new EditViewModel(workspace, messages, this::source, background, ui, null, System.getProperty("user.name"));
        edit.setReadOnlyWhen(showingPast::get); // the past is read-only

        table.layerProperty().bind(layers.selectedProperty());
        tool.addListener((o, was, now) -> {
            measure.modeProperty().set(now == Tool.MEASURE_DISTANCE ? MeasureModel.Mode.DISTANCE
                    : now == Tool.MEASURE_AREA ? MeasureModel.Mode.AREA : null);
            if (now != Tool.IDENTIFY) identify.clear();
        });
        table.selection().addListener((ListChangeListener<Feature>) c -> highlightFeatures(table.selection()));
        identify.selectedProperty().addListener((o, was, now) -> showIdentified(now));
    }

    /**
     * The workspace layer {@code name}, opened once and shared by the map, table and identify. A polygon
     * layer comes with its render cache ({@link RenderLayers#cached(DataSource, RenderLayer)}; reads still
     * go to the workspace): tiles draw from packed arrays, stored between runs for big layers, instead
     * of querying the database per tile, which kept a 1M-parcel view from filling in seconds.
     */
    public FeatureSource source(String name) {
        FeatureSource then = past.get(name.toLowerCase(java.util.Locale.ROOT));
        if (then != null) return then;
        return sources.computeIfAbsent(name, n -> RenderLayers.cached(workspace, RenderLayer.of(workspace.layer(n))).source());
    }

    // ---- history (issue 7): while a past instant is shown, the map, table and identify read these layers
    private final Map<String, FeatureSource> past = new ConcurrentHashMap<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper showingPast = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "showingPast");

    /**
     * Shows {@code layers} (name → the layer as of a past instant, read-only) in place of the live ones;
     * an empty map returns to now. The map redraws, the table re-reads and identify is cleared.
     */
    public void showPast(Map<String, FeatureSource> layers) {
        past.clear();
        layers.forEach((k, v) -> past.put(k.toLowerCase(java.util.Locale.ROOT), v));
        showingPast.set(!past.isEmpty());
        identify.clear();
        mapLayers.setTheme(mapLayers.themeLayers()); // rebuilds the render layers from source()
        table.reload();
    }

    /** True while the map shows a past instant: nothing may be edited then. */
    public javafx.beans.property.ReadOnlyBooleanProperty showingPastProperty() { return showingPast.getReadOnlyProperty(); }
    // ---- end history

    public DataSource workspace() { return workspace; }

    /**
     * Re-reads the workspace catalog into the layer tree after an import: the new layer appears on top,
     * changed layers show their new count and extent, and their cached sources are reopened.
     */
    public void reloadLayers() {
        var catalog = workspace.layers();
        for (var info : catalog) {
            var row = layers.items().stream().filter(i -> i.name().equalsIgnoreCase(info.name())).findFirst();
            if (row.isPresent() && !row.get().info().equals(info)) sources.remove(info.name());
        }
        layers.refresh(catalog);
    }

    public Messages messages() { return messages; }

    public LayerTreeModel layers() { return layers; }

    public MapLayerSet mapLayers() { return mapLayers; }

    public AttributeTableModel table() { return table; }

    public IdentifyModel identify() { return identify; }

    public MeasureModel measure() { return measure; }

    public StatusModel status() { return status; }

    /** The 专题 switch: which thematic module the map shows. */
    public ThemeViewModel theme() { return theme; }

    /** Parcel editing (issue 7): session, tools, snapping, form, topology. */
    public EditViewModel edit() { return edit; }

    public ObjectProperty<Tool> toolProperty() { return tool; }

    public Tool getTool() { return tool.get(); }

    public void setTool(Tool t) { tool.set(t == null ? Tool.PAN : t); }

    /** Geometries the map highlights (lon/lat): the table selection or the identified feature. */
    public ObservableList<Geometry> highlight() { return highlight; }

    /** A click on the map with the identify tool; {@code searchBox} is the click widened by a few pixels. */
    public void identifyAt(double lon, double lat, Envelope searchBox) {
        identify.identify(lon, lat, searchBox, layers.visibleTopDown());
    }

    /**
     * What "full extent" shows: the union of the visible area layers (the county boundaries, parcels …),
     * else of all visible layers, else of every layer; null for an empty workspace. Area layers lead
     * because context lines such as the Xiang River run far beyond the county.
     */
    public Envelope fullExtent() {
        Envelope areas = new Envelope();
        Envelope visible = new Envelope();
        for (LayerItem i : layers.items()) {
            if (!i.isVisible() || i.extent() == null) continue;
            visible.expandToInclude(i.extent());
            if (i.geometryKind().isPolygonal()) areas.expandToInclude(i.extent());
        }
        if (!areas.isNull()) return areas;
        return visible.isNull() ? layers.fullExtent() : visible;
    }

    private void highlightFeatures(List<Feature> features) {
        List<Geometry> g = new ArrayList<>();
        for (Feature f : features) if (f.geometry() != null) g.add(f.geometry());
        highlight.setAll(g);
    }

    private void showIdentified(IdentifyHit hit) {
        if (hit == null) {
            if (table.selection().isEmpty()) highlight.clear();
            return;
        }
        // a feature identified in the layer the table shows becomes the table's selection too
        if (table.getLayer() == hit.layer()) table.selectIds(List.of(hit.feature().id()));
        if (hit.feature().geometry() != null) highlight.setAll(List.of(hit.feature().geometry()));
        else highlight.clear();
    }
}
