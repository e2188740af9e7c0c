package org.onemap.app.desktop.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
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

    public GeometryOverlay(Look look) {
        this.look = look;
        setMouseTransparent(true);
        geometries.addListener((ListChangeListener<Geometry>) c -> markDirty());
    }

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
            c.setFill(look.fill() == null ? Color.TRANSPARENT : look.fill());
            c.setStroke(look.stroke());
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
        path.setStroke(look.stroke());
        path.setStrokeWidth(look.strokeWidth());
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setFill(area && look.fill() != null ? look.fill() : null);
        if (look.dashed()) path.getStrokeDashArray().setAll(8.0, 5.0);
    }
}
