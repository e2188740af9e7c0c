package org.onemap.app.desktop.edit;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Tool;
import org.onemap.app.desktop.map.GeometryOverlay;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.map.render.Viewport;

/**
 * Connects the map to the edit view-model while the edit tool is active: mouse events become
 * lon/lat calls (drags the tool wants do not pan), Enter/Esc/Backspace/Delete go to the tool, and the
 * edit overlays (changed, deleted and selected parcels, the sketch, its handles, the snap cue) follow
 * the view-model. The view is reported to the snap index once the map stops moving.
 */
public final class EditMapController {
    private static final GeometryFactory GF = new GeometryFactory();
    private final MainViewModel main;
    private final EditViewModel vm;
    private final MapPane map;
    private final SnapCueLayer cue;
    private final PauseTransition settle = new PauseTransition(Duration.millis(120));
    private final GeometryOverlay changed = overlay(Color.rgb(0, 150, 60), 2.5, Color.rgb(0, 200, 80, 0.30), false);
    private final GeometryOverlay removed = overlay(Color.rgb(200, 30, 30), 2, Color.rgb(255, 255, 255, 0.75), true);
    private final GeometryOverlay selected = overlay(Color.rgb(0, 170, 255), 3, Color.rgb(0, 170, 255, 0.12), false);
    private final GeometryOverlay sketch = overlay(Color.rgb(255, 87, 34), 2.5, Color.rgb(255, 152, 0, 0.25), true);
    private final GeometryOverlay handles = overlay(Color.rgb(255, 87, 34), 1.5, Color.WHITE, false);
    private boolean dragOwned;
    private org.locationtech.jts.geom.Envelope lastView;

    public EditMapController(MainViewModel main, MapPane map) {
        this.main = main;
        this.vm = main.edit();
        this.map = map;
        this.cue = new SnapCueLayer(settle::playFromStart);
        settle.setOnFinished(e -> reportView());
        map.addOverlay(removed);
        map.addOverlay(changed);
        map.addOverlay(selected);
        map.addOverlay(sketch);
        map.addOverlay(handles);
        map.addOverlay(cue);
        bindOverlays();
        wireMouse();
        map.sceneProperty().addListener((o, was, now) -> {
            if (now != null) wireKeys(now);
        });
        if (map.getScene() != null) wireKeys(map.getScene());
        vm.editingProperty().addListener((o, was, now) -> { if (now) reportView(); });
        vm.zoomRequestProperty().addListener((o, was, now) -> { if (now != null) map.zoomTo(now); });
        vm.storeRevisionProperty().addListener((o, was, now) -> map.redrawTiles());
    }

    /** The snap cue drawn now, or null (for tests and screenshots). */
    public org.onemap.core.edit.snap.SnapResult cueShown() { return cue.shown(); }

    /** The sketch overlay (the polygon being drawn). */
    public GeometryOverlay sketchOverlay() { return sketch; }

    /** The overlay of new and changed parcels. */
    public GeometryOverlay changedOverlay() { return changed; }

    private static GeometryOverlay overlay(Color stroke, double width, Color fill, boolean dashed) {
        return new GeometryOverlay(new GeometryOverlay.Look(stroke, width, fill, 4.5, dashed));
    }

    private void bindOverlays() {
        vm.changedGeometries().addListener((ListChangeListener<Geometry>) c -> changed.geometries().setAll(vm.changedGeometries()));
        vm.removedGeometries().addListener((ListChangeListener<Geometry>) c -> removed.geometries().setAll(vm.removedGeometries()));
        vm.selectedGeometries().addListener((ListChangeListener<Geometry>) c -> selected.geometries().setAll(vm.selectedGeometries()));
        vm.sketchProperty().addListener((o, was, now) -> {
            if (now == null) sketch.geometries().clear();
            else sketch.geometries().setAll(now);
        });
        vm.sketchVertices().addListener((ListChangeListener<Coordinate>) c -> handles.geometries().setAll(
                vm.sketchVertices().stream().map(v -> (Geometry) GF.createPoint(v)).toList()));
        vm.snapCueProperty().addListener((o, was, now) -> cue.show(now));
    }

    private boolean active() { return main.getTool() == Tool.EDIT && vm.isEditing(); }

    private void wireMouse() {
        var view = map.mapView();
        view.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (active()) vm.pointerMoved(lonLat(e), unitsPerPixel(e), e.isShiftDown());
        });
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            dragOwned = false;
            if (!active() || e.getButton() != MouseButton.PRIMARY || !vm.wantsDrag()) return;
            if (vm.pressed(lonLat(e), unitsPerPixel(e), e.isShiftDown())) {
                dragOwned = true;
                e.consume(); // the tool's drag, not a pan
            }
        });
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!dragOwned) return;
            vm.dragged(lonLat(e), unitsPerPixel(e), e.isShiftDown());
            e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragOwned) return;
            vm.released(lonLat(e), unitsPerPixel(e), e.isShiftDown());
            e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (!active() || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
            if (vm.clicked(lonLat(e), e.getClickCount(), unitsPerPixel(e), e.isShiftDown())) e.consume();
        });
    }

    private void wireKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!active() || scene.getFocusOwner() instanceof TextInputControl) return;
            EditKey key = switch (e.getCode()) {
                case ENTER -> EditKey.ENTER;
                case ESCAPE -> EditKey.ESCAPE;
                case BACK_SPACE -> EditKey.BACKSPACE;
                case DELETE -> EditKey.DELETE;
                default -> null;
            };
            if (key != null && vm.key(key)) e.consume();
        });
    }

    private Coordinate lonLat(MouseEvent e) {
        Point2D p = map.mapView().localToParent(e.getX(), e.getY());
        return map.toLonLat(p.getX(), p.getY());
    }

    /** Degrees of longitude per pixel at the pointer (the snap and pick tolerances are in layer units). */
    private double unitsPerPixel(MouseEvent e) {
        Point2D p = map.mapView().localToParent(e.getX(), e.getY());
        Coordinate a = map.toLonLat(p.getX(), p.getY());
        Coordinate b = map.toLonLat(p.getX() + 10, p.getY());
        return Math.abs(b.x - a.x) / 10;
    }

    private void reportView() {
        Viewport v = map.viewportNow();
        if (v == null) return;
        // the cue layer re-lays out on every snap too: only a new view needs a new index (and outside
        // editing, the view is still told, so a session on a big layer starts by loading what is in view)
        if (v.lonLatBounds().equals(lastView) && (vm.snapReadyProperty().get() || !vm.isEditing())) return;
        lastView = v.lonLatBounds();
        vm.viewChanged(v.lonLatBounds(), v.lonLatBounds().getWidth() / Math.max(1, v.width()));
    }

    /** The edit overlays, bottom first (deleted, changed, selected, sketch, handles). */
    public List<GeometryOverlay> overlays() { return List.of(removed, changed, selected, sketch, handles); }
}
