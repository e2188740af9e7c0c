package org.onemap.app.desktop.history;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.batch.BatchEditDialog;
import org.onemap.app.desktop.batch.BatchEditViewModel;
import org.onemap.app.desktop.identify.IdentifyHit;
import org.onemap.app.desktop.identify.IdentifyPanel;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.map.GeometryOverlay;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.desktop.table.AttributeTablePane;
import org.onemap.core.feature.Feature;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.spi.FeatureStore;

/**
 * Puts history into the main window: 历史记录… in the attribute table's and the identify list's context
 * menus, 批量修改属性… in the table's, 地图时间回溯… in the View menu, the as-of banner over the map and the
 * overlays showing a picked version beside the current geometry. Without an audit log in the workspace
 * the history entries stay disabled.
 */
public final class HistoryActions {
    /** The main window's stylesheet, for the history and batch windows (panel headers, fonts). */
    public static final String STYLESHEET = HistoryActions.class.getResource("/org/onemap/app/desktop/onemap.css").toExternalForm();
    private final MainViewModel vm;
    private final MapPane map;
    private final Executor background;
    private final Executor ui;
    private final Messages m;
    private final HistoryTexts texts;
    private final Optional<FeatureHistory> history;
    private final MapAsOfViewModel asOf;
    private final AsOfBanner banner;
    private final GeometryOverlay current = new GeometryOverlay(new GeometryOverlay.Look(
            Color.rgb(0, 170, 220), 2.5, Color.rgb(0, 170, 220, 0.12), 5, false));
    private final GeometryOverlay version = new GeometryOverlay(new GeometryOverlay.Look(
            Color.rgb(255, 120, 0), 3, Color.rgb(255, 140, 0, 0.22), 5, true));
    private Stage historyStage;
    private FeatureHistoryView historyView;
    private BatchEditDialog batchDialog;

    public HistoryActions(MainViewModel vm, MapPane map, Executor background, Executor ui) {
        this.vm = vm;
        this.map = map;
        this.background = background;
        this.ui = ui;
        this.m = vm.messages();
        this.texts = new HistoryTexts(m, ZoneId.systemDefault());
        this.history = vm.workspace().history();
        this.asOf = history.map(h -> new MapAsOfViewModel(vm, h, texts)).orElse(null);
        this.banner = asOf == null ? null : new AsOfBanner(asOf, m);
    }

    /** Adds the menu entries, context menus, banner and overlays to the window's parts. */
    public void install(MenuBar menuBar, AttributeTablePane table, IdentifyPanel identify) {
        map.mapView().addLayer(current);
        map.mapView().addLayer(version);
        if (banner != null) {
            StackPane.setAlignment(banner, Pos.TOP_CENTER);
            StackPane.setMargin(banner, Insets.EMPTY);
            map.getChildren().add(banner);
        }

        MenuItem asOfItem = new MenuItem(m.get("asof.menu"));
        asOfItem.setId("menuMapAsOf");
        asOfItem.setDisable(asOf == null);
        asOfItem.setOnAction(e -> openMapAsOf());
        Menu view = menuBar.getMenus().stream().filter(x -> "menuView".equals(x.getId())).findFirst()
                .orElse(menuBar.getMenus().get(Math.min(1, menuBar.getMenus().size() - 1)));
        view.getItems().addAll(new SeparatorMenuItem(), asOfItem);

        MenuItem tableHistory = new MenuItem(m.get("history.menu"));
        tableHistory.setId("ctxHistory");
        tableHistory.disableProperty().bind(Bindings.size(vm.table().selection()).isNotEqualTo(1).or(Bindings.createBooleanBinding(() -> history.isEmpty())));
        tableHistory.setOnAction(e -> {
            if (vm.table().selection().size() == 1) openHistory(vm.table().getLayer(), vm.table().selection().get(0));
        });
        MenuItem batch = new MenuItem(m.get("batch.menu"));
        batch.setId("ctxBatchEdit");
        batch.disableProperty().bind(Bindings.isEmpty(vm.table().selection()).or(vm.showingPastProperty()));
        batch.setOnAction(e -> openBatchEdit());
        ContextMenu tableMenu = table.table().getContextMenu();
        if (tableMenu == null) {
            tableMenu = new ContextMenu();
            table.table().setContextMenu(tableMenu);
        } else {
            tableMenu.getItems().add(new SeparatorMenuItem());
        }
        tableMenu.getItems().addAll(tableHistory, batch);

        MenuItem hitHistory = new MenuItem(m.get("history.menu"));
        hitHistory.setId("ctxIdentifyHistory");
        hitHistory.disableProperty().bind(vm.identify().selectedProperty().isNull().or(Bindings.createBooleanBinding(() -> history.isEmpty())));
        hitHistory.setOnAction(e -> {
            IdentifyHit hit = vm.identify().getSelected();
            if (hit != null) openHistory(hit.layer(), hit.feature());
        });
        ContextMenu identifyMenu = identify.hitList().getContextMenu();
        if (identifyMenu == null) {
            identifyMenu = new ContextMenu();
            identify.hitList().setContextMenu(identifyMenu);
        }
        identifyMenu.getItems().add(hitHistory);
    }

    /** Opens the history window of {@code feature} (closing one already open) and shows it on the map. */
    public FeatureHistoryView openHistory(LayerItem layer, Feature feature) {
        FeatureHistory h = history.orElseThrow(() -> new IllegalStateException("this workspace keeps no audit log"));
        if (historyStage != null) historyStage.hide();
        FeatureHistoryViewModel hvm = new FeatureHistoryViewModel(h, vm.workspace().layer(layer.name()), layer.title(), feature,
                texts, background, ui);
        FeatureHistoryView view = new FeatureHistoryView(hvm, m);
        Stage stage = new Stage();
        stage.setTitle(hvm.title());
        Window owner = owner();
        if (owner != null) stage.initOwner(owner);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        view.closeButton().setOnAction(e -> stage.hide());
        hvm.versionGeometryProperty().addListener((o, was, now) -> showOnMap(hvm));
        hvm.currentGeometryProperty().addListener((o, was, now) -> showOnMap(hvm));
        stage.setOnHidden(e -> {
            current.geometries().clear();
            version.geometries().clear();
        });
        historyStage = stage;
        historyView = view;
        hvm.load();
        stage.show();
        return view;
    }

    private void showOnMap(FeatureHistoryViewModel hvm) {
        Geometry now = hvm.currentGeometryProperty().get();
        Geometry then = hvm.versionGeometryProperty().get();
        if (now == null) current.geometries().clear();
        else current.geometries().setAll(now);
        if (then == null) version.geometries().clear();
        else version.geometries().setAll(then);
        Envelope e = new Envelope();
        if (now != null) e.expandToInclude(now.getEnvelopeInternal());
        if (then != null) e.expandToInclude(then.getEnvelopeInternal());
        if (!e.isNull()) {
            e.expandBy(e.getWidth() * 0.6, e.getHeight() * 0.6);
            map.zoomTo(e);
        }
    }

    /** Opens the batch edit of the attribute table's selection; null when the layer cannot be written or the map shows the past. */
    public BatchEditDialog openBatchEdit() {
        LayerItem layer = vm.table().getLayer();
        if (layer == null || vm.table().selection().isEmpty()) return null;
        if (vm.showingPastProperty().get()) {
            vm.status().messageProperty().set(m.get("batch.readOnly"));
            return null;
        }
        Optional<FeatureStore> store = vm.workspace().writableLayer(layer.name());
        if (store.isEmpty()) return null;
        if (batchDialog != null) batchDialog.stage().hide();
        BatchEditViewModel bvm = new BatchEditViewModel(store.get(), m, ZoneId.systemDefault(), vm.table().selection(),
                vm.table().rows(), () -> {
                    vm.table().reload();
                    map.redrawTiles();
                });
        batchDialog = new BatchEditDialog(bvm, m, owner());
        batchDialog.show();
        return batchDialog;
    }

    /** Opens the 地图时间回溯 dialog on the current time; null without an audit log. */
    public MapAsOfDialog openMapAsOf() {
        if (asOf == null) return null;
        asOf.refreshLayers();
        if (asOf.shownProperty().get() != null) asOf.setInstant(asOf.shownProperty().get());
        MapAsOfDialog d = new MapAsOfDialog(asOf, m, owner());
        d.show();
        return d;
    }

    /** The as-of view-model; null when the workspace keeps no audit log. */
    public MapAsOfViewModel asOf() { return asOf; }

    /** The banner over the map; null without an audit log. */
    public AsOfBanner banner() { return banner; }

    /** The overlay drawing the version picked in the history window. */
    public GeometryOverlay versionOverlay() { return version; }

    /** The overlay drawing the feature's current geometry while its history is open. */
    public GeometryOverlay currentOverlay() { return current; }

    /** The history window last opened (null before any). */
    public FeatureHistoryView historyView() { return historyView; }

    public Stage historyStage() { return historyStage; }

    private Window owner() {
        return map.getScene() == null ? null : map.getScene().getWindow();
    }
}
