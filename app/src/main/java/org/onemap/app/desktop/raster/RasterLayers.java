package org.onemap.app.desktop.raster;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.map.BasemapTiles;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.desktop.status.StatusModel;

/**
 * Remote-sensing layers in the desktop (issue 3): wires the {@link RasterLayersModel} to the map (an
 * underlay beneath the vector tiles, the swipe divider), to the layer panel (the 遥感影像 group) and
 * to 文件→添加栅格图层…. A file that cannot be read is reported in a dialog and on the status line,
 * naming the file; the window carries on.
 *
 * <p>The workspace's own rasters are the GeoTIFFs in {@code <workspace>/rasters/}, listed (hidden) at
 * start; {@code ./onemap generate --rasters --out <workspace>/rasters} puts the synthetic DEM and NDVI
 * there.
 */
public final class RasterLayers {
    private final RasterLayersModel model;
    private final RasterTiles tiles;
    private RasterUnderlay underlay;
    private RasterPanel panel;
    private MapPane map;
    private Alert lastAlert;

    /** @param tiles the map's tile source, wrapped so tiles let the rasters show through */
    public RasterLayers(Messages messages, Executor background, Executor ui, BasemapTiles tiles) {
        this.model = new RasterLayersModel(messages, background, ui);
        this.tiles = new RasterTiles(tiles);
    }

    /** The tile source to give the map (the one passed in, aware of rasters). */
    public BasemapTiles tiles() { return tiles; }

    public RasterLayersModel model() { return model; }

    /**
     * Puts the rasters into the window: beneath the tiles of {@code map}, a divider over it, the
     * 遥感影像 group at the bottom of {@code layerColumn}; errors go to {@code status} and a dialog.
     */
    public void attach(MapPane map, VBox layerColumn, StatusModel status, Supplier<Window> owner) {
        this.map = map;
        underlay = new RasterUnderlay(model, map::viewportNow);
        map.mapView().addLayer(underlay);
        underlay.toBack(); // beneath Gluon's base map, whose tiles hold the vector layers
        SwipeDivider divider = new SwipeDivider(model.swipe());
        StackPane.setAlignment(divider, Pos.TOP_LEFT);
        map.getChildren().add(divider);
        map.mapView().widthProperty().addListener(o -> underlay.viewChanged());
        map.mapView().heightProperty().addListener(o -> underlay.viewChanged());
        panel = new RasterPanel(model, () -> chooseFiles(owner.get()), this::zoomToSelected);
        layerColumn.getChildren().add(panel);
        model.revisionProperty().addListener(o -> {
            if (tiles.setOverRasters(model.showsRasters())) map.redrawTiles();
        });
        model.errorProperty().addListener((o, was, now) -> {
            if (now == null) return;
            status.messageProperty().set(now.message());
            showError(now.message(), owner.get());
        });
    }

    /** 文件→添加栅格图层…. */
    public MenuItem menuItem(Supplier<Window> owner) {
        MenuItem i = new MenuItem(model.messages().get("menu.file.addRaster"));
        i.setId("menuAddRaster");
        i.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        i.setOnAction(e -> chooseFiles(owner.get()));
        return i;
    }

    /** Asks for GeoTIFF files and adds them on top of the rasters. */
    public void chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.messages().get("raster.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoTIFF", "*.tif", "*.tiff", "*.TIF", "*.TIFF"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) add(files.stream().map(File::toPath).toList());
    }

    /** Adds {@code files} as visible raster layers (read in the background). */
    public void add(List<Path> files) { model.add(files); }

    /** Lists the GeoTIFFs of {@code folder} (the workspace's {@code rasters/}), hidden. */
    public void addFolder(Path folder) { model.addFolder(folder); }

    /** Whether the map's raster images were rendered for the layers and the view now. */
    public boolean settled() { return underlay == null || underlay.isSettled() && model.loadingProperty().get() == 0; }

    /** The panel's 遥感影像 group (for tests and focus). */
    public javafx.scene.Node panel() { return panel; }

    /** The last error dialog shown, or null. */
    public Alert lastAlert() { return lastAlert; }

    /** The legend's end values as shown, "min…max" (for tests). */
    public String legendRange() { return panel == null ? "" : panel.legend().minText() + "…" + panel.legend().maxText(); }

    public void dispose() {
        if (underlay != null) underlay.dispose();
    }

    private void zoomToSelected() {
        RasterLayerItem item = model.getSelected();
        if (item != null && map != null && item.lonLatExtent() != null) map.zoomTo(item.lonLatExtent());
    }

    private void showError(String message, Window owner) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setTitle(model.messages().get("raster.error.title"));
        a.setHeaderText(model.messages().get("raster.error.title"));
        a.getDialogPane().setId("rasterErrorDialog");
        if (owner != null) a.initOwner(owner);
        lastAlert = a;
        a.show(); // not showAndWait: the map keeps running behind the message
    }
}
