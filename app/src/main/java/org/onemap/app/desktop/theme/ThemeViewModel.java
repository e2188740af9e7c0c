package org.onemap.app.desktop.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.layers.LayerTreeModel;
import org.onemap.app.desktop.map.MapLayerSet;
import org.onemap.core.spi.DataSource;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicView;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.render.MapOverlay;

/**
 * View-model of the 专题 (theme) switch: which thematic module the map shows, or none (the plain view).
 * Choosing a module builds its map and indicators on the background executor (classification reads
 * the data), then applies its default saved view: the layer tree shows the view's layers, the map's
 * layer set takes the module's thematic render layers, and the legends, overlays and indicators are
 * published here for the panels. {@link #clear()} puts back the layer visibility of the plain view.
 * Free of scene-graph classes: tested with direct executors.
 */
public final class ThemeViewModel {
    private final DataSource workspace;
    private final Locale locale;
    private final List<ThematicModule> modules;
    private final LayerTreeModel tree;
    private final MapLayerSet mapLayers;
    private final Executor background;
    private final Executor ui;
    private final IndicatorsViewModel indicators;
    private final TimeSliderViewModel timeSlider;
    private final ReadOnlyObjectWrapper<ThematicModule> requested = new ReadOnlyObjectWrapper<>(this, "requested");
    private final ReadOnlyObjectWrapper<ThematicModule> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyObjectWrapper<ThemeMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObservableList<ThematicLegend> legends = FXCollections.observableArrayList();
    private final ObservableList<MapOverlay> overlays = FXCollections.observableArrayList();
    private final Messages messages;
    private Envelope viewExtent;
    /** Layer visibility of the plain view, kept while a theme is shown. */
    private Map<String, Boolean> plainVisibility;
    private long ticket;

    /**
     * @param background builds a module's map and indicators (reads the workspace)
     * @param ui applies the result: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     */
    public ThemeViewModel(DataSource workspace, Messages messages, List<ThematicModule> modules, LayerTreeModel tree,
                          MapLayerSet mapLayers, Executor background, Executor ui) {
        this.workspace = workspace;
        this.messages = messages;
        this.locale = messages.locale();
        this.modules = List.copyOf(modules);
        this.tree = tree;
        this.mapLayers = mapLayers;
        this.background = background;
        this.ui = ui;
        this.indicators = new IndicatorsViewModel(messages);
        this.timeSlider = new TimeSliderViewModel(this, workspace, messages, background, ui);
    }

    /** The installed modules in menu order (overview first). */
    public List<ThematicModule> modules() { return modules; }

    /** The module's title in the UI language. */
    public String title(ThematicModule m) { return m.title(locale); }

    /** The module the user chose last (shown by the menu and combo at once, before it is built); null: plain view. */
    public ReadOnlyObjectProperty<ThematicModule> requestedProperty() { return requested.getReadOnlyProperty(); }

    /** The module the map shows now; null in the plain view. */
    public ReadOnlyObjectProperty<ThematicModule> activeProperty() { return active.getReadOnlyProperty(); }

    public ThematicModule active() { return active.get(); }

    /** The active module's map (layers, overlays, legends); null in the plain view. */
    public ReadOnlyObjectProperty<ThemeMap> mapProperty() { return map.getReadOnlyProperty(); }

    /** True while a chosen module is being built. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Why the last module could not be shown, in the user's words; empty when it was. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Incremented each time a theme is applied or cleared; the window then fits the map to {@link #viewExtent()}. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** The active module's thematic legends, with counts. */
    public ObservableList<ThematicLegend> legends() { return legends; }

    /** What the map draws over its tiles for the active module (symbols, heat, flows). */
    public ObservableList<MapOverlay> overlays() { return overlays; }

    public IndicatorsViewModel indicators() { return indicators; }

    /** The time slider of the active module's time-stamped layers (unavailable when it has none). */
    public TimeSliderViewModel timeSlider() { return timeSlider; }

    /**
     * Shows another frame of the active module, e.g. its map over one time window: the thematic layers
     * (one layer-set rebuild, so tiles re-render once), overlays, legends and indicators are replaced;
     * the layer visibility, extent and {@link #revisionProperty() revision} stay, so the view does not jump.
     * Ignored (false) when {@code module} is no longer the active one.
     */
    boolean showFrame(ThematicModule module, ThemeMap m, List<Indicator> figures) {
        if (module == null || module != active.get()) return false;
        mapLayers.setTheme(m.layers());
        legends.setAll(m.legends());
        overlays.setAll(m.overlays());
        indicators.show(figures);
        map.set(m);
        return true;
    }

    /** The lon/lat extent the applied view shows (null in the plain view). */
    public Envelope viewExtent() { return viewExtent == null ? null : new Envelope(viewExtent); }

    /** Shows the module with this id; an unknown id is an error naming the known ones. */
    public void select(String id) {
        select(modules.stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no theme '" + id + "'; have " + modules.stream().map(ThematicModule::id).toList())));
    }

    /** Shows {@code module} (null: the plain view). Building runs in the background; the newest choice wins. */
    public void select(ThematicModule module) {
        if (module == null) {
            clear();
            return;
        }
        if (module == active.get() && module == requested.get()) return;
        long t = ++ticket;
        requested.set(module);
        loading.set(true);
        error.set("");
        background.execute(() -> {
            try {
                ThemeMap m = module.map(workspace, locale);
                List<Indicator> figures = module.indicators(workspace, locale);
                ui.execute(() -> apply(t, module, m, figures));
            } catch (RuntimeException e) {
                ui.execute(() -> failed(t, module, e));
            } catch (Error e) {
                ui.execute(() -> failed(t, module, e));   // the switch must not stay "loading" for ever
                throw e;
            }
        });
    }

    /** Back to the plain view: the layer visibility from before the first theme, no thematic layers, panels empty. */
    public void clear() {
        ticket++;
        requested.set(null);
        loading.set(false);
        if (active.get() == null) return;
        mapLayers.batch(() -> {
            if (plainVisibility != null) {
                for (LayerItem i : tree.items()) i.setVisible(plainVisibility.getOrDefault(i.name(), i.isVisible()));
            }
            mapLayers.setTheme(List.of());
        });
        plainVisibility = null;
        legends.clear();
        overlays.clear();
        indicators.clear();
        map.set(null);
        active.set(null);
        viewExtent = null;
        revision.set(revision.get() + 1);
    }

    private void apply(long t, ThematicModule module, ThemeMap m, List<Indicator> figures) {
        if (t != ticket) return; // the user chose another theme meanwhile
        if (plainVisibility == null) {
            plainVisibility = new HashMap<>();
            for (LayerItem i : tree.items()) plainVisibility.put(i.name(), i.isVisible());
        }
        ThematicView view = module.defaultView();
        mapLayers.batch(() -> {
            for (LayerItem i : tree.items()) {
                i.setVisible(view.visibleLayers().stream().anyMatch(n -> n.equalsIgnoreCase(i.name())));
            }
            mapLayers.setTheme(m.layers());
        });
        legends.setAll(m.legends());
        overlays.setAll(m.overlays());
        indicators.show(figures);
        viewExtent = extentOf(view);
        map.set(m);
        active.set(module);
        loading.set(false);
        revision.set(revision.get() + 1);
    }

    private void failed(long t, ThematicModule module, Throwable e) {
        if (t != ticket) return;
        loading.set(false);
        requested.set(active.get());
        error.set(messages.format("theme.error", module.title(locale), String.valueOf(e.getMessage())));
    }

    /** The view's extent, else the county layer's with a small margin, else all layers. */
    private Envelope extentOf(ThematicView view) {
        if (view.extent() != null) return view.extent();
        Envelope county = tree.items().stream().filter(i -> i.name().equals("county") && i.extent() != null)
                .map(LayerItem::extent).findFirst().orElse(null);
        if (county == null) return tree.fullExtent();
        Envelope e = new Envelope(county);
        e.expandBy(e.getWidth() * 0.03, e.getHeight() * 0.03);
        return e;
    }
}
