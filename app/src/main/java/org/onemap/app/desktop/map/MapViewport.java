package org.onemap.app.desktop.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.crs.WebMercator;
import org.onemap.map.render.Viewport;

/**
 * The bridge to Gluon's base map. Gluon keeps the live zoom, the pan offset and the tile cache in its
 * {@code BaseMap}, which only a {@link MapLayer} may see; this invisible layer reads them so the rest
 * of the desktop can convert between screen pixels and lon/lat, know the scale, zoom around the
 * pointer and drop the cached tiles when the layer set changes.
 */
final class MapViewport extends MapLayer {
    private static final Logger LOG = Logger.getLogger(MapViewport.class.getName());
    private static final Method CLEAR_TILES = clearTilesMethod();

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom");
    private final ReadOnlyDoubleWrapper centerLon = new ReadOnlyDoubleWrapper(this, "centerLon");
    private final ReadOnlyDoubleWrapper centerLat = new ReadOnlyDoubleWrapper(this, "centerLat");

    MapViewport() {
        setMouseTransparent(true);
        setManaged(false);
    }

    @Override
    protected void initialize() {
        zoom.bind(baseMap.zoom());
        centerLon.bind(baseMap.centerLon());
        centerLat.bind(baseMap.centerLat());
        // Tiles at whole-pixel offsets: Prism then copies tile pixels instead of resampling every one.
        // Gluon places the map at fractional offsets (centre from lon/lat); on a 4K pan in the software
        // pipeline that resampling was most of each frame (BENCHMARKS.md, "Interactive pan").
        baseMap.translateXProperty().addListener((o, was, now) -> snap(baseMap.translateXProperty()));
        baseMap.translateYProperty().addListener((o, was, now) -> snap(baseMap.translateYProperty()));
        snap(baseMap.translateXProperty());
        snap(baseMap.translateYProperty());
        if (CoveringTiles.hiddenHere()) CoveringTiles.hideIn(baseMap);
        if (!Boolean.getBoolean("onemap.map.gluonPanListeners")) TilePanListeners.detachIn(baseMap);
    }

    private static void snap(javafx.beans.property.DoubleProperty translate) {
        double whole = Math.rint(translate.get());
        if (whole != translate.get()) translate.set(whole);   // fires once more, with a whole value
    }

    /** The live zoom level (fractional), including zoom by mouse wheel, which Gluon's MapView.getZoom misses. */
    ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    ReadOnlyDoubleProperty centerLonProperty() { return centerLon.getReadOnlyProperty(); }

    ReadOnlyDoubleProperty centerLatProperty() { return centerLat.getReadOnlyProperty(); }

    /** Map-view pixel of a lon/lat position, or null before the map is on a scene. */
    Point2D toScreen(double lon, double lat) {
        return getMapPoint(lat, lon);
    }

    /** Lon/lat (x, y) at a map-view pixel. */
    Coordinate toLonLat(double x, double y) {
        MapPoint p = baseMap.getMapPosition(x, y);
        return new Coordinate(p.getLongitude(), p.getLatitude());
    }

    /** What the map shows now, as the renderer describes views; null before the map has a size. */
    Viewport viewport() {
        MapView map = (MapView) getParent();
        if (map == null || map.getWidth() < 1 || map.getHeight() < 1 || baseMap == null) return null;
        Coordinate centre = toLonLat(map.getWidth() / 2, map.getHeight() / 2);
        double lat = WebMercator.clampLatitude(centre.y);
        return Viewport.of(centre.x, lat, WebMercator.mercatorMetresPerPixel(zoom.get()),
                (int) Math.round(map.getWidth()), (int) Math.round(map.getHeight()), 1);
    }

    /** Zooms by {@code levels} keeping the map point under ({@code x}, {@code y}) in place. */
    void zoomAround(double levels, double x, double y) {
        baseMap.zoom(levels, x, y);
    }

    /**
     * Drops every cached tile and reloads the visible ones from the tile retriever. Gluon offers no
     * public way to do this: its tiles live in a private cache of {@code BaseMap}, reached here by
     * reflection (Gluon Maps is on the class path, so the package is open to us).
     */
    boolean reloadTiles() {
        if (baseMap == null || CLEAR_TILES == null) return false;
        try {
            CLEAR_TILES.invoke(baseMap);
            baseMap.moveX(0); // marks the base map dirty so the next pulse loads the visible tiles
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot clear Gluon's tile cache; the map keeps showing old tiles", e);
            return false;
        }
    }

    private static Method clearTilesMethod() {
        try {
            Method m = com.gluonhq.impl.maps.BaseMap.class.getDeclaredMethod("clearTiles");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Gluon Maps has no BaseMap.clearTiles(); layer changes will not redraw cached tiles", e);
            return null;
        }
    }
}
