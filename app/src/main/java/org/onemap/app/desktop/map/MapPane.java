package org.onemap.app.desktop.map;

import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Tool;
import org.onemap.map.render.PlacedLabel;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.Viewport;

/**
 * The map: Gluon's {@link MapView} showing tiles rendered locally from the workspace layers (without
 * labels), with overlays for the labels (placed once per view), the selection highlight, the identify
 * marker and the measurement sketch, a scale bar and the measurement read-out. Mouse input is turned
 * into view-model calls according to the active tool; dragging always pans and the wheel always zooms
 * about the pointer.
 */
public final class MapPane extends StackPane {
    /** Half-size of the identify search box, in pixels. */
    static final double IDENTIFY_TOLERANCE_PX = 5;
    private static final GeometryFactory GF = new GeometryFactory();
    /** Zoom levels per wheel notch: half a level, so two notches double or halve the scale. */
    private static final double WHEEL_STEP = 0.5;
    /** Zoom levels between a box filling 90 % of the view and filling all of it: log2(1 / 0.9). */
    private static final double FIT_MARGIN_LEVELS = Math.log(1 / 0.9) / Math.log(2);

    private final MainViewModel vm;
    private final MapView mapView = new MapView();
    private final MapViewport viewport = new MapViewport();
    private final GeometryOverlay highlight = new GeometryOverlay(new GeometryOverlay.Look(
            Color.rgb(0, 200, 255), 3, Color.rgb(0, 200, 255, 0.14), 8, false));
    private final GeometryOverlay identified = new GeometryOverlay(new GeometryOverlay.Look(
            Color.rgb(220, 20, 60), 2, Color.rgb(255, 255, 255, 0.9), 5, false));
    private final GeometryOverlay sketch = new GeometryOverlay(new GeometryOverlay.Look(
            Color.rgb(255, 87, 34), 2.5, Color.rgb(255, 152, 0, 0.22), 4, true));
    private final GeometryOverlay sketchVertices = new GeometryOverlay(new GeometryOverlay.Look(
            Color.rgb(255, 87, 34), 1.5, Color.WHITE, 4, false));
    private final LabelOverlay labels = new LabelOverlay(viewport::viewport);
    private final ThemeOverlay themeOverlay = new ThemeOverlay(viewport::viewport);
    private final ScaleBarView scaleBar;
    private final Label measureReadout = new Label();
    private final BasemapTiles tiles;
    private final ReadOnlyIntegerWrapper redraws = new ReadOnlyIntegerWrapper(this, "redraws");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.locationtech.jts.geom.Envelope> settledView =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "settledView");
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
    private boolean fittedOnce;
    private boolean wholeZoomLevels;

    public MapPane(MainViewModel vm, BasemapTiles tiles) {
        this.vm = vm;
        this.tiles = tiles;
        setId("mapPane");
        settle.setOnFinished(e -> settled());
        getStyleClass().add("map-pane");
        setMinSize(200, 150);
        mapView.setId("mapView");
        mapView.addLayer(viewport);
        mapView.addLayer(themeOverlay);
        mapView.addLayer(highlight);
        labels.setId("mapLabels");
        mapView.addLayer(labels);
        mapView.addLayer(sketch);
        mapView.addLayer(sketchVertices);
        mapView.addLayer(identified);

        scaleBar = new ScaleBarView(vm.messages().locale());
        scaleBar.setId("scaleBar");
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBar, new Insets(0, 0, 14, 14));
        scaleBar.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);

        measureReadout.setId("measureResult");
        measureReadout.getStyleClass().add("measure-readout");
        measureReadout.textProperty().bind(vm.measure().resultProperty());
        measureReadout.visibleProperty().bind(vm.measure().modeProperty().isNotNull());
        measureReadout.managedProperty().bind(measureReadout.visibleProperty());
        measureReadout.setMouseTransparent(true);
        StackPane.setAlignment(measureReadout, Pos.TOP_CENTER);
        StackPane.setMargin(measureReadout, new Insets(12, 0, 0, 0));

        getChildren().addAll(mapView, scaleBar, measureReadout);

        tiles.install(vm.mapLayers().layers());
        labels.setLayers(vm.mapLayers().layers());
        vm.mapLayers().layersProperty().addListener((o, was, now) -> redraw(now));
        bindOverlays();
        wireInput();
        // change listeners, not invalidation listeners: the bound view properties are lazy and would
        // report only the first change of a pan unless someone reads them
        viewport.zoomProperty().addListener((o, was, now) -> updateScale());
        viewport.centerLatProperty().addListener((o, was, now) -> updateScale());
        viewport.zoomProperty().addListener((o, was, now) -> viewChanged());
        viewport.centerLatProperty().addListener((o, was, now) -> viewChanged());
        viewport.centerLonProperty().addListener((o, was, now) -> viewChanged());
        mapView.widthProperty().addListener(o -> fitOnFirstLayout());
        mapView.heightProperty().addListener(o -> fitOnFirstLayout());
        mapView.widthProperty().addListener((o, was, now) -> viewChanged());
        mapView.heightProperty().addListener((o, was, now) -> viewChanged());
        vm.toolProperty().addListener((o, was, now) -> mapView.setCursor(now == Tool.PAN ? Cursor.DEFAULT : Cursor.CROSSHAIR));
    }

    /** The Gluon map control. */
    public MapView mapView() { return mapView; }

    /** Counts tile-cache invalidations: one per change of the layer set. */
    public ReadOnlyIntegerProperty redrawsProperty() { return redraws.getReadOnlyProperty(); }

    /** The view's lon/lat extent once the map has rested 300 ms after a pan or zoom (for panels that follow the map). */
    public javafx.beans.property.ReadOnlyObjectProperty<org.locationtech.jts.geom.Envelope> settledViewProperty() {
        return settledView.getReadOnlyProperty();
    }

    public GeometryOverlay highlightOverlay() { return highlight; }

    public GeometryOverlay identifyOverlay() { return identified; }

    public GeometryOverlay measureOverlay() { return sketch; }

    /** The labels drawn over the map now, in map-view pixels, placed once for the whole view. */
    public List<PlacedLabel> labels() { return labels.labels(); }

    /** The label nodes over the map (one group per label: halo text under text), for tests and diagnostics. */
    public List<javafx.scene.Node> labelNodes() { return labels.labelNodes(); }

    /** Whether the labels shown were laid out for what the map shows now (false while it moves or right after). */
    public boolean labelsSettled() {
        Viewport now = viewport.viewport();
        return !labels.isPending() && now != null && now.equals(labels.placedFor());
    }

    /**
     * Draws the map labels {@code k} times the size of their styles' (font, halo and spacing alike, so
     * they still never collide): the wall, read from across a room. 1 on the desktop.
     */
    public void setLabelScale(double k) { labels.setLabelScale(k); }

    public double labelScale() { return labels.labelScale(); }

    /** Counts label layouts shown. */
    public ReadOnlyIntegerProperty labelRevisionProperty() { return labels.revisionProperty(); }

    /** Reads the labelled layers afresh and lays the labels out again: call after an edit. */
    public void reloadLabels() { labels.invalidate(); }

    /**
     * Renders every tile and label again from the layers as they are now: call after writing to a layer
     * (saved edits, a batch edit) or when the tiles' look changed (rasters shown under them).
     */
    public void redrawTiles() {
        redraw(vm.mapLayers().layers());
        labels.invalidate();
    }

    /** Stops the label and overlay threads; call when the window closes. */
    public void dispose() {
        labels.dispose();
        themeOverlay.dispose();
    }

    /** Draws a thematic module's overlays (symbols, heat, flows) over the tiles; empty removes them. */
    public void setThemeOverlays(List<org.onemap.thematic.render.MapOverlay> overlays) { themeOverlay.setOverlays(overlays); }

    /** Whether the thematic overlay image shown was drawn for what the map shows now (true without overlays). */
    public boolean themeOverlaySettled() { return themeOverlay.isSettled(); }

    /** Symbols, flows and points in the thematic overlay image shown. */
    public int themeOverlayItems() { return themeOverlay.items(); }

    /** The scale bar's label, e.g. "2 公里". */
    public String scaleBarText() { return scaleBar.text(); }

    /**
     * Tiles on screen still waiting for their image; 0 when the map is fully drawn. Walks Gluon's
     * tile nodes, since Gluon reports no overall progress. Gluon also keeps tiles a little beyond the
     * view and tiles of other zoom levels as nodes; those are not on screen and do not count.
     */
    public int tilesLoading() {
        return countTiles(mapView, true);
    }

    /** Tiles on screen (loaded or not). */
    public int tilesShown() {
        return countTiles(mapView, false);
    }

    private int countTiles(javafx.scene.Parent parent, boolean loadingOnly) {
        int n = 0;
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) continue;
            if (child instanceof com.gluonhq.impl.maps.TileImageView t) {
                if ((!loadingOnly || t.getProgress() < 1) && onScreen(t)) n++;
            } else if (child instanceof javafx.scene.Parent p && !(child instanceof com.gluonhq.maps.MapLayer)) {
                n += countTiles(p, loadingOnly);
            }
        }
        return n;
    }

    private boolean onScreen(javafx.scene.Node tile) {
        javafx.geometry.Bounds b = mapView.sceneToLocal(tile.localToScene(tile.getBoundsInLocal()));
        // strictly inside: a tile that only touches the edge shows no pixel
        return b != null && b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < mapView.getWidth() && b.getMinY() < mapView.getHeight();
    }

    /** Pixel in this pane's coordinates of a lon/lat position (null before the first layout). */
    public Point2D toPixel(double lon, double lat) {
        Point2D p = viewport.toScreen(lon, lat);
        return p == null ? null : mapView.localToParent(p);
    }

    /** Lon/lat (x, y) under a pixel of this pane. */
    public Coordinate toLonLat(double x, double y) {
        Point2D p = mapView.parentToLocal(x, y);
        return viewport.toLonLat(p.getX(), p.getY());
    }

    /** What the map shows now; null before the first layout. */
    public Viewport viewportNow() { return viewport.viewport(); }

    /**
     * Whether {@link #zoomTo} snaps to whole zoom levels, as web maps' fit-bounds do (Leaflet's zoomSnap).
     * At a whole level tiles are drawn at their own size: at a fractional one every tile is scaled, and
     * Prism's software pipeline resamples each of their pixels whenever it repaints the map (a 4K wall
     * repainted all of its map in 90-250 ms after a view change, BENCHMARKS.md "Wall display soak").
     */
    public void setWholeZoomLevels(boolean whole) { wholeZoomLevels = whole; }

    /**
     * The zoom {@link #zoomTo} uses for a box that fits 90 % of the view at {@code fitted}: itself, or
     * the whole level at which the box still fits the whole view (it may lose the margin, never be cut).
     */
    static double fitZoom(double fitted, boolean whole) {
        return whole ? Math.floor(fitted + FIT_MARGIN_LEVELS + 1e-9) : fitted;
    }

    /** Shows the whole of the visible layers. */
    public void zoomToFullExtent() {
        Envelope e = vm.fullExtent();
        if (e != null) zoomTo(e);
    }

    /** Shows {@code lonLat} with a small margin; a point or tiny box zooms to street level around it. */
    public void zoomTo(Envelope lonLat) {
        if (lonLat == null || lonLat.isNull() || mapView.getWidth() < 1 || mapView.getHeight() < 1) return;
        Envelope box = new Envelope(lonLat);
        double minSpan = 0.004; // ~400 m: zooming to a single point should not go to building level
        if (box.getWidth() < minSpan) box.expandBy((minSpan - box.getWidth()) / 2, 0);
        if (box.getHeight() < minSpan) box.expandBy(0, (minSpan - box.getHeight()) / 2);
        Viewport v = Viewport.fit(box, (int) Math.max(1, mapView.getWidth() * 0.9), (int) Math.max(1, mapView.getHeight() * 0.9));
        double zoom = Math.max(1, Math.min(19, fitZoom(v.zoom(), wholeZoomLevels)));
        // Gluon only reacts to a changed value: nudge first, so a repeated request still re-centres
        mapView.setZoom(zoom + 1e-6);
        mapView.setZoom(zoom);
        mapView.setCenter(v.centreLat() + 1e-9, v.centreLon());
        mapView.setCenter(v.centreLat(), v.centreLon());
        updateScale();
    }

    // ---- parcel editing (issue 7): the edit mode draws its own overlays and redraws tiles after a save

    /** Adds an overlay above the others (the edit mode's sketch, snap cue, changed parcels). */
    public void addOverlay(com.gluonhq.maps.MapLayer overlay) { mapView.addLayer(overlay); }

    /**
     * Adds an overlay of symbols below the map's labels (live markers): names stay readable on their
     * halos over a crowd of symbols, as a cartographer orders them. Gluon stacks layers in the order
     * added, so the labels and everything added after them are taken off and put back on top.
     */
    public void addSymbolOverlay(com.gluonhq.maps.MapLayer overlay) {
        var above = new java.util.ArrayList<com.gluonhq.maps.MapLayer>();
        boolean after = false;
        for (javafx.scene.Node n : List.copyOf(mapView.getChildrenUnmodifiable())) {
            if (n == labels) after = true;
            if (after && n instanceof com.gluonhq.maps.MapLayer l) above.add(l);
        }
        above.forEach(mapView::removeLayer);
        mapView.addLayer(overlay);
        above.forEach(mapView::addLayer);
    }

    /** Zooms in ({@code levels} > 0) or out about the centre of the view. */
    public void zoomBy(double levels) {
        viewport.zoomAround(levels, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }


    private void viewChanged() {
        focusTiles();
        labels.viewChanged();
        themeOverlay.viewChanged();
        settle.playFromStart();
    }

    // the tiles on screen before Gluon's margin and the views passed through (at the level Gluon shows)
    private void focusTiles() {
        Viewport v = viewport.viewport();
        if (v == null) return;
        int level = (int) Math.floor(viewport.zoomProperty().get() + com.gluonhq.impl.maps.BaseMap.TIPPING);
        tiles.focus(v.lonLatBounds(), Math.max(0, Math.min(level, com.gluonhq.impl.maps.BaseMap.MAX_ZOOM - 1)));
    }

    private void settled() {
        Viewport v = viewport.viewport();
        if (v != null && v.width() > 0) settledView.set(v.lonLatBounds());
    }

    private void fitOnFirstLayout() {
        if (!fittedOnce && mapView.getWidth() > 1 && mapView.getHeight() > 1) {
            fittedOnce = true;
            zoomToFullExtent();
        }
    }

    private void redraw(List<RenderLayer> layers) {
        tiles.install(layers);
        labels.setLayers(layers);
        viewport.reloadTiles();
        redraws.set(redraws.get() + 1);
    }

    private void updateScale() {
        Viewport v = viewport.viewport();
        if (v == null) return;
        vm.status().scale(v.scaleDenominator());
        scaleBar.show(v);
    }

    private void bindOverlays() {
        vm.highlight().addListener((ListChangeListener<Geometry>) c -> highlight.geometries().setAll(vm.highlight()));
        vm.identify().locationProperty().addListener((o, was, now) -> {
            if (now == null) identified.geometries().clear();
            else identified.geometries().setAll(GF.createPoint(now));
        });
        vm.measure().sketchProperty().addListener((o, was, now) -> {
            if (now == null) sketch.geometries().clear();
            else sketch.geometries().setAll(now);
        });
        vm.measure().vertices().addListener((ListChangeListener<Coordinate>) c -> sketchVertices.geometries().setAll(
                vm.measure().vertices().stream().map(v -> (Geometry) GF.createPoint(v)).toList()));
    }

    private void wireInput() {
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer(e.getX(), e.getY()));
        mapView.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointer(e.getX(), e.getY()));
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.status().pointerGone());
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        // replaces Gluon's wheel handler, which zooms a tenth of a level per notch
        mapView.setOnScroll(this::scrolled);
    }

    private void pointer(double x, double y) {
        Coordinate c = viewport.toLonLat(x, y);
        vm.status().pointerAt(c.x, c.y);
        vm.measure().pointerAt(c.x, c.y);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        Coordinate c = viewport.toLonLat(e.getX(), e.getY());
        switch (vm.getTool()) {
            case IDENTIFY -> {
                if (e.getClickCount() == 1) vm.identifyAt(c.x, c.y, searchBox(e.getX(), e.getY()));
            }
            case MEASURE_DISTANCE, MEASURE_AREA -> {
                if (e.getClickCount() >= 2) vm.measure().finish();
                else vm.measure().addVertex(c.x, c.y);
            }
            default -> { }
        }
    }

    private Envelope searchBox(double x, double y) {
        Coordinate a = viewport.toLonLat(x - IDENTIFY_TOLERANCE_PX, y - IDENTIFY_TOLERANCE_PX);
        Coordinate b = viewport.toLonLat(x + IDENTIFY_TOLERANCE_PX, y + IDENTIFY_TOLERANCE_PX);
        return new Envelope(a, b);
    }

    private void scrolled(ScrollEvent e) {
        double d = e.getDeltaY();
        if (d == 0) return;
        double levels = Math.signum(d) * WHEEL_STEP;
        double zoom = viewport.zoomProperty().get();
        if (zoom + levels > 19 || zoom + levels < 2) return;
        viewport.zoomAround(levels, e.getX(), e.getY());
        e.consume();
    }
}
