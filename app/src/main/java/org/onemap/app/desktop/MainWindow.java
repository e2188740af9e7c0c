package org.onemap.app.desktop;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.onemap.app.desktop.history.HistoryActions;
import org.onemap.app.desktop.edit.EditMapController;
import org.onemap.app.desktop.edit.EditPanel;
import org.onemap.app.desktop.identify.IdentifyPanel;
import org.onemap.app.desktop.importer.ImportWizard;
import org.onemap.app.desktop.importer.ImportWizardViewModel;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.layers.LayerPanel;
import org.onemap.app.desktop.map.BasemapTiles;
import org.onemap.app.desktop.map.LocalBasemap;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.desktop.status.StatusBar;
import org.onemap.app.desktop.table.AttributeTablePane;
import org.onemap.app.desktop.theme.ThemePanel;
import org.onemap.core.spi.DataSource;

/**
 * The OneMap main window: menu and tool bar on top, the layer tree on the left, the map in the
 * centre over the attribute table, identify results on the right and the status line at the
 * bottom. Built on the FX thread from an opened workspace; {@link #root()} is what a stage or a
 * TestFX test shows.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1600;
    public static final double DEFAULT_HEIGHT = 1000;
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final String OPENING_TABLE_LAYER = "parcel";
    private static final String STYLESHEET = "/org/onemap/app/desktop/onemap.css";

    private final MainViewModel viewModel;
    private final ExecutorService background;
    private final BorderPane root = new BorderPane();
    private final MapPane map;
    private final LayerPanel layerPanel;
    private final AttributeTablePane tablePane;
    private final IdentifyPanel identifyPanel;
    private final ThemePanel themePanel;
    private final HistoryActions history;
    // parcel editing (issue 7)
    private final EditPanel editPanel;
    private final EditMapController editController;
    private final SplitPane columns = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final BooleanProperty layersShown = new SimpleBooleanProperty(true);
    private final BooleanProperty tableShown = new SimpleBooleanProperty(true);
    private final BooleanProperty identifyShown = new SimpleBooleanProperty(true);
    private final org.onemap.app.desktop.sync.SyncPanels syncPanels;
    private final org.onemap.app.desktop.raster.RasterLayers rasters;
    private final org.onemap.app.desktop.live.LiveLayers live;

    private MainWindow(DataSource workspace, Locale locale, BasemapTiles tiles) {
        this.background = Executors.newFixedThreadPool(2, daemonThreads());
        this.viewModel = new MainViewModel(workspace, Messages.forLocale(locale), background, Platform::runLater);
        Messages m = viewModel.messages();
        // 遥感影像 (issue 3): raster layers beneath the vector tiles, in their own package
        this.rasters = new org.onemap.app.desktop.raster.RasterLayers(m, background, Platform::runLater, tiles);
        this.map = new MapPane(viewModel, rasters.tiles());
        this.layerPanel = new LayerPanel(viewModel.layers(), m, this::zoomToLayer, viewModel.layers()::select);
        this.tablePane = new AttributeTablePane(viewModel.table(), m, () -> map.zoomTo(viewModel.table().selectionExtent()));
        viewModel.table().viewExtentProperty().bind(map.settledViewProperty()); // for 仅视图内
        this.identifyPanel = new IdentifyPanel(viewModel.identify(), m);
        this.themePanel = new ThemePanel(viewModel.theme(), m);
        themePanel.setMinWidth(300);
        themePanel.setPrefWidth(340);
        SplitPane.setResizableWithParent(themePanel, false);
        this.editPanel = new EditPanel(viewModel.edit());
        this.editController = new EditMapController(viewModel, map);
        editPanel.setMinWidth(340);
        editPanel.setPrefWidth(380);
        SplitPane.setResizableWithParent(editPanel, false);

        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().addAll(map, tablePane);
        centre.setDividerPositions(0.72);
        columns.getItems().addAll(layerPanel, centre, identifyPanel);
        columns.setDividerPositions(0.17, 0.82);
        SplitPane.setResizableWithParent(layerPanel, false);
        SplitPane.setResizableWithParent(identifyPanel, false);
        SplitPane.setResizableWithParent(tablePane, false);
        layerPanel.setMinWidth(200);
        identifyPanel.setMinWidth(220);
        tablePane.setMinHeight(120);

        MainMenuBar menu = new MainMenuBar(viewModel, map, () -> openImportWizard(java.util.List.of()), this::exportMapImage, this::close, layersShown, tableShown, identifyShown);
        // 数据 menu (issue 5: connections and sync), its own package; added here so MainMenuBar stays as it is
        this.syncPanels = new org.onemap.app.desktop.sync.SyncPanels(viewModel, map, new org.onemap.app.desktop.connect.ConnectionStore(
                org.onemap.app.desktop.connect.ConnectionStore.defaultFolder()), background, Platform::runLater,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        menu.getMenus().add(Math.min(1, menu.getMenus().size()), syncPanels.menu());
        // 遥感影像 (issue 3): 文件→添加栅格图层…, the group under the layer tree, the workspace's rasters/ folder
        java.util.function.Supplier<javafx.stage.Window> owner = () -> root.getScene() == null ? null : root.getScene().getWindow();
        menu.getMenus().get(0).getItems().add(1, rasters.menuItem(owner));
        rasters.attach(map, layerPanel, viewModel.status(), owner);
        org.onemap.app.workspace.WorkspaceRasters.folder(workspace).ifPresent(rasters::addFolder);
        // 实时图层: the wall's live machinery and sensors, off until switched on in the layer panel
        this.live = new org.onemap.app.desktop.live.LiveLayers(workspace, m,
                org.onemap.app.live.LiveSettings.from(System.getenv(), System.getProperties()), java.time.Clock.systemDefaultZone());
        live.attach(map, layerPanel);
        root.setTop(new VBox(menu, new MainToolBar(viewModel, map)));
        // ---- history (issue 7): feature history, map as of a date, batch attribute edit
        this.history = new HistoryActions(viewModel, map, background, Platform::runLater);
        history.install(menu, tablePane, identifyPanel);
        // ---- end history
        root.setCenter(columns);
        root.setBottom(new StatusBar(viewModel.status()));
        root.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        root.setPrefSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);

        layersShown.addListener((o, was, now) -> showPanel(columns, layerPanel, now, 0));
        identifyShown.addListener((o, was, now) -> showPanel(columns, identifyPanel, now, columns.getItems().size()));
        tableShown.addListener((o, was, now) -> showPanel(centre, tablePane, now, 1));
        wireTheme();
        wireEdit();
        // files dropped on the map open the import wizard with them
        map.setOnDragOver(ImportWizard::acceptFiles);
        map.setOnDragDropped(e -> openImportWizard(ImportWizard.droppedFiles(e)));

        // the table opens on the parcels (else the top layer), so the window never opens empty
        var items = viewModel.layers().items();
        if (!items.isEmpty()) {
            viewModel.layers().select(items.stream().filter(i -> i.name().equals(OPENING_TABLE_LAYER)).findFirst().orElse(items.get(0)));
        }
    }

    /**
     * The main window for an opened workspace, in {@code locale} (Chinese unless English is asked
     * for), with tiles rendered locally from the workspace. Call on the FX application thread.
     */
    public static MainWindow create(DataSource workspace, Locale locale) {
        return create(workspace, locale, LocalBasemap.install());
    }

    /** As {@link #create(DataSource, Locale)} with another tile source (tests count tile requests this way). */
    public static MainWindow create(DataSource workspace, Locale locale, BasemapTiles tiles) {
        return new MainWindow(workspace, locale, tiles);
    }

    /** A scene of the default size holding the window. */
    public Scene createScene() {
        return new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public Parent root() { return root; }

    public MainViewModel viewModel() { return viewModel; }

    public MapPane map() { return map; }

    public LayerPanel layerPanel() { return layerPanel; }

    public AttributeTablePane tablePane() { return tablePane; }

    public IdentifyPanel identifyPanel() { return identifyPanel; }

    /** The legend and indicators of the active theme; in the window only while a theme is shown. */
    public ThemePanel themePanel() { return themePanel; }

    /** The 数据 menu's connection dialog and sync panel (issue 5). */
    public org.onemap.app.desktop.sync.SyncPanels syncPanels() { return syncPanels; }
    /** Feature history, map as of a date and batch attribute edit (issue 7). */
    public HistoryActions history() { return history; }

    /** The raster layers (遥感影像 group, swipe comparison; issue 3). */
    public org.onemap.app.desktop.raster.RasterLayers rasters() { return rasters; }

    /** The 实时图层 group: live machinery and sensor layers. */
    public org.onemap.app.desktop.live.LiveLayers live() { return live; }

    /** The window title in the UI language. */
    public String title() { return viewModel.messages().get("app.title"); }

    /**
     * Opens the import wizard (文件→导入数据…, or files dropped on the map) on {@code files}, which may be
     * empty. After an import the layer tree is reloaded and the map zooms to the result.
     */
    public ImportWizard openImportWizard(java.util.List<java.nio.file.Path> files) {
        ImportWizardViewModel vm = new ImportWizardViewModel(viewModel.workspace(), viewModel.messages(), background, Platform::runLater);
        vm.setZoom(map::zoomTo);
        vm.setOnImported(() -> {
            viewModel.reloadLayers();
            if (!vm.importedLayers().isEmpty()) viewModel.layers().select(viewModel.layers().item(vm.importedLayers().get(0)));
            vm.zoomToResult();
        });
        ImportWizard wizard = new ImportWizard(vm, viewModel.messages(), root.getScene() == null ? null : root.getScene().getWindow());
        if (!files.isEmpty()) {
            vm.setFiles(files);
            vm.next();
        }
        wizard.show();
        return wizard;
    }

    /** Stops the background readers. The workspace stays open: its owner closes it. */
    public void dispose() {
        background.shutdownNow();
        map.dispose();
        rasters.dispose();
        live.dispose();
    }

    // a theme brings its panel (right of the map), its overlays and its saved view's extent; clearing takes them away
    private void wireTheme() {
        var theme = viewModel.theme();
        theme.revisionProperty().addListener((o, was, now) -> {
            boolean on = theme.active() != null;
            map.setThemeOverlays(theme.overlays());
            double w = Math.max(1, columns.getWidth());
            double identifyWidth = columns.getItems().contains(identifyPanel) ? Math.max(identifyPanel.getWidth(), 230) / w : 0;
            double layersAt = columns.getItems().contains(layerPanel) ? columns.getDividerPositions()[0] : 0;
            if (on && !columns.getItems().contains(themePanel)) {
                columns.getItems().add(columns.getItems().indexOf(centre) + 1, themePanel);
                placeDividers(layersAt, themePanel.getPrefWidth() / w, identifyWidth);
            } else if (!on && columns.getItems().remove(themePanel)) {
                placeDividers(layersAt, 0, identifyWidth);
            }
            root.applyCss();
            root.layout();
            if (on) map.zoomTo(theme.viewExtent());
            else map.zoomToFullExtent();
        });
        theme.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) viewModel.status().messageProperty().set(now);
        });
    }

    /** The edit panel (beside the map while the edit tool is active). */
    public EditPanel editPanel() { return editPanel; }

    public EditMapController editController() { return editController; }

    // parcel editing (issue 7): the edit tool brings its panel right of the map, in place of identify
    private void wireEdit() {
        viewModel.toolProperty().addListener((o, was, now) -> {
            boolean on = now == Tool.EDIT;
            if (on && !columns.getItems().contains(editPanel)) {
                double[] old = columns.getDividerPositions();
                double w = Math.max(1, columns.getWidth());
                double identifyWidth = columns.getItems().contains(identifyPanel) ? Math.max(identifyPanel.getWidth(), 230) / w : 0;
                columns.getItems().add(columns.getItems().indexOf(centre) + 1, editPanel);
                java.util.List<Double> d = new java.util.ArrayList<>();
                if (columns.getItems().contains(layerPanel)) d.add(old.length > 0 ? old[0] : 0.17);
                d.add(1 - identifyWidth - editPanel.getPrefWidth() / w);
                if (columns.getItems().contains(themePanel)) d.add(1 - identifyWidth - themePanel.getPrefWidth() / w);
                if (columns.getItems().contains(identifyPanel)) d.add(1 - identifyWidth);
                columns.setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
            } else if (!on) {
                columns.getItems().remove(editPanel);
            }
        });
    }

    /** Dividers for the columns shown: layer tree up to {@code layersAt}, then the map, the theme panel and identify (fractions of the width). */
    private void placeDividers(double layersAt, double themeWidth, double identifyWidth) {
        java.util.List<Double> d = new java.util.ArrayList<>();
        if (columns.getItems().contains(layerPanel)) d.add(layersAt);
        if (columns.getItems().contains(themePanel)) d.add(1 - identifyWidth - themeWidth);
        if (columns.getItems().contains(identifyPanel)) d.add(1 - identifyWidth);
        columns.setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private void zoomToLayer(LayerItem item) {
        if (item.extent() != null) map.zoomTo(item.extent());
    }

    private void close() {
        if (root.getScene() != null && root.getScene().getWindow() != null) root.getScene().getWindow().hide();
    }

    private void exportMapImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(viewModel.messages().get("menu.file.exportView"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("onemap.png");
        File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) return;
        WritableImage img = map.snapshot(null, null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", f);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write " + f, e);
            viewModel.status().messageProperty().set(e.getMessage());
        }
    }

    private static void showPanel(SplitPane pane, Node panel, boolean show, int index) {
        if (show && !pane.getItems().contains(panel)) pane.getItems().add(Math.min(index, pane.getItems().size()), panel);
        else if (!show) pane.getItems().remove(panel);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "onemap-ui-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
