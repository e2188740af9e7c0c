package org.onemap.app.desktop.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A Gluon map overlay that draws lon/lat geometries in one style: selection highlight, identify
 * result and measurement sketch are each one of these. Re-projected to screen pixels on every pan
 * or zoom; never takes mouse events, so clicks reach the map below.
 */
public final class GeometryOverlay extends MapLayer {
    /** How an overlay looks. */
    public record Look(Color stroke, double strokeWidth, Color fill, double pointRadius, boolean dashed) {}

    private final Look look;
    private final ObservableList<Geometry> geometries = FXCollections.observableArrayList();
    private final DoubleProperty shapeOpacity = new SimpleDoubleProperty(this, "shapeOpacity", 1);

    public GeometryOverlay(Look look) {
        this.look = look;
        setMouseTransparent(true);
        geometries.addListener((ListChangeListener<Geometry>) c -> markDirty());
        shapeOpacity.addListener((o, was, now) -> markDirty());
    }

    /**
     * Opacity of the drawn shapes, for flashing the overlay; it scales the alpha of their colours. Not a
     * node opacity: a group, or a shape both filled and stroked, with opacity below 1 is drawn by Prism
     * into an offscreen image every frame, costly on a 4K wall that flashes alerts for hours (soak).
     */
    public DoubleProperty shapeOpacityProperty() { return shapeOpacity; }

    /** What is drawn, in lon/lat; replace its content to redraw. */
    public ObservableList<Geometry> geometries() { return geometries; }

    /** Number of screen shapes after the last layout (for tests and diagnostics). */
    public int shapeCount() { return getChildren().size(); }

    @Override
    protected void layoutLayer() {
        if (baseMap == null || getScene() == null) return;
        List<Node> shapes = new java.util.ArrayList<>();
        for (Geometry g : geometries) addShapes(g, shapes);
        getChildren().setAll(shapes);
    }

    private void addShapes(Geometry g, List<Node> out) {
        if (g == null || g.isEmpty()) return;
        if (g.getNumGeometries() > 1 || g instanceof org.locationtech.jts.geom.GeometryCollection) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) addShapes(g.getGeometryN(i), out);
            }
            return;
        }
        if (g instanceof Point p) {
            Point2D s = getMapPoint(p.getY(), p.getX());
            if (s == null) return;
            Circle c = new Circle(s.getX(), s.getY(), look.pointRadius());
            c.setFill(faded(look.fill()));
            c.setStroke(faded(look.stroke()));
            c.setStrokeWidth(look.strokeWidth());
            out.add(c);
        } else if (g instanceof LineString line) {
            Path path = new Path();
            appendRing(path.getElements(), line.getCoordinateSequence(), false);
            style(path, false);
            out.add(path);
        } else if (g instanceof Polygon poly) {
            Path path = new Path();
            path.setFillRule(FillRule.EVEN_ODD);
            appendRing(path.getElements(), poly.getExteriorRing().getCoordinateSequence(), true);
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                appendRing(path.getElements(), poly.getInteriorRingN(h).getCoordinateSequence(), true);
            }
            style(path, true);
            out.add(path);
        }
    }

    private void appendRing(List<PathElement> elements, CoordinateSequence seq, boolean close) {
        double lastX = Double.NaN, lastY = Double.NaN;
        for (int i = 0; i < seq.size(); i++) {
            Point2D s = getMapPoint(seq.getY(i), seq.getX(i));
            if (s == null) return;
            // drop vertices closer than a third of a pixel: dense boundaries otherwise cost thousands of nodes
            if (i > 0 && i < seq.size() - 1 && Math.abs(s.getX() - lastX) < 0.33 && Math.abs(s.getY() - lastY) < 0.33) continue;
            elements.add(i == 0 ? new MoveTo(s.getX(), s.getY()) : new LineTo(s.getX(), s.getY()));
            lastX = s.getX();
            lastY = s.getY();
        }
        if (close) elements.add(new ClosePath());
    }

    private void style(Path path, boolean area) {
        path.setStroke(faded(look.stroke()));
        path.setStrokeWidth(look.strokeWidth());
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setFill(area ? faded(look.fill()) : null);
        if (look.dashed()) path.getStrokeDashArray().setAll(8.0, 5.0);
    }

    private Color faded(Color c) {
        double o = shapeOpacity.get();
        return c == null || o >= 1 ? c : c.deriveColor(0, 1, 1, Math.max(0, o));
    }
}
