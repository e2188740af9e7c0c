package org.onemap.app.desktop.measure;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.Messages;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.MeasureFormat;

/**
 * View-model of the distance and area tools. The user clicks vertices (lon/lat) and double-clicks to
 * finish; until then the pointer position closes the sketch, so the figures follow the mouse.
 * Lengths and areas are geodesic, on the ellipsoid, whatever the map projection shows.
 */
public final class MeasureModel {
    /** What is being measured. */
    public enum Mode { DISTANCE, AREA }

    private static final GeometryFactory GF = new GeometryFactory();

    private final Messages messages;
    private final MeasureFormat format;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObservableList<Coordinate> vertices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Coordinate> pointer = new ReadOnlyObjectWrapper<>(this, "pointer");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyDoubleWrapper lengthMetres = new ReadOnlyDoubleWrapper(this, "lengthMetres");
    private final ReadOnlyDoubleWrapper areaSquareMetres = new ReadOnlyDoubleWrapper(this, "areaSquareMetres");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyObjectWrapper<Geometry> sketch = new ReadOnlyObjectWrapper<>(this, "sketch");

    public MeasureModel(Messages messages) {
        this.messages = messages;
        this.format = new MeasureFormat(messages.locale());
        mode.addListener((o, was, now) -> clear());
    }

    /** The tool in use, or null when neither measuring tool is active. */
    public ObjectProperty<Mode> modeProperty() { return mode; }

    public Mode getMode() { return mode.get(); }

    /** Clicked vertices, x = lon, y = lat. */
    public ObservableList<Coordinate> vertices() { return vertices; }

    public ReadOnlyObjectProperty<Coordinate> pointerProperty() { return pointer.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public boolean isFinished() { return finished.get(); }

    public ReadOnlyDoubleProperty lengthMetresProperty() { return lengthMetres.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty areaSquareMetresProperty() { return areaSquareMetres.getReadOnlyProperty(); }

    /** The figures as the user reads them, e.g. "面积 1,234.5 平方米 / 0.1235 公顷 / 1.85 亩". */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    public String getResult() { return result.get(); }

    /** The line or polygon to draw (lon/lat), including the rubber band to the pointer; null when empty. */
    public ReadOnlyObjectProperty<Geometry> sketchProperty() { return sketch.getReadOnlyProperty(); }

    /** A click: adds a vertex; after a finished measurement it starts a new one. */
    public void addVertex(double lon, double lat) {
        if (mode.get() == null) return;
        if (finished.get()) clear();
        Coordinate c = new Coordinate(lon, lat);
        if (!vertices.isEmpty() && vertices.get(vertices.size() - 1).equals2D(c)) return;
        vertices.add(c);
        update();
    }

    /** The pointer moved: the sketch follows it until the measurement is finished. */
    public void pointerAt(double lon, double lat) {
        if (mode.get() == null || finished.get() || vertices.isEmpty()) return;
        pointer.set(new Coordinate(lon, lat));
        update();
    }

    /** A double-click: freezes the measurement at the clicked vertices. */
    public void finish() {
        if (mode.get() == null || vertices.isEmpty()) return;
        finished.set(true);
        pointer.set(null);
        update();
    }

    /** Forgets the vertices (Esc, or a tool change). */
    public void clear() {
        vertices.clear();
        pointer.set(null);
        finished.set(false);
        update();
    }

    private void update() {
        List<Coordinate> pts = new ArrayList<>(vertices);
        if (pointer.get() != null) pts.add(pointer.get());
        Mode m = mode.get();
        if (m == null || pts.isEmpty()) {
            lengthMetres.set(0);
            areaSquareMetres.set(0);
            sketch.set(null);
            result.set(m == null ? "" : messages.get(m == Mode.AREA ? "measure.area.hint" : "measure.distance.hint"));
            return;
        }
        if (m == Mode.DISTANCE) {
            Geometry line = pts.size() == 1 ? GF.createPoint(pts.get(0)) : GF.createLineString(pts.toArray(Coordinate[]::new));
            double len = EllipsoidalMeasure.length(line);
            lengthMetres.set(len);
            areaSquareMetres.set(0);
            sketch.set(line);
            result.set(messages.format("measure.distance.result", format.formatLength(len)));
        } else {
            Geometry shape;
            if (pts.size() >= 3) {
                List<Coordinate> ring = new ArrayList<>(pts);
                ring.add(pts.get(0));
                shape = GF.createPolygon(ring.toArray(Coordinate[]::new));
            } else if (pts.size() == 2) {
                shape = GF.createLineString(pts.toArray(Coordinate[]::new));
            } else {
                shape = GF.createPoint(pts.get(0));
            }
            double area = EllipsoidalMeasure.area(shape);
            double perimeter = shape.getDimension() == 2 ? EllipsoidalMeasure.perimeter(shape) : EllipsoidalMeasure.length(shape);
            areaSquareMetres.set(area);
            lengthMetres.set(perimeter);
            sketch.set(shape);
            result.set(messages.format("measure.area.result", format.formatAreaAllUnits(area), format.formatLength(perimeter)));
        }
    }
}
