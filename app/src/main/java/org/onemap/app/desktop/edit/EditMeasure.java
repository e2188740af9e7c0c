package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.onemap.app.desktop.Messages;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.edit.measure.LiveMeasure;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.units.AreaUnit;
import org.onemap.core.units.MeasureFormat;

/**
 * The live measurement of edit mode, on the ellipsoid: the polygon being drawn (closed back to its
 * first point, following the pointer) or else the selection. Area in 亩 with three decimals (the
 * figure planners check), plus m², ha and the perimeter, in the UI locale.
 */
public final class EditMeasure {
    /** The parcel column kept equal to the measured area (DESIGN.md). */
    static final String AREA_FIELD = "area_mu";
    private final Messages messages;
    private final LiveMeasure live;
    private final MeasureFormat format;
    private final ReadOnlyDoubleWrapper mu = new ReadOnlyDoubleWrapper(this, "mu");
    private final ReadOnlyStringWrapper muText = new ReadOnlyStringWrapper(this, "muText", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");

    EditMeasure(Messages messages) {
        this.messages = messages;
        this.live = new LiveMeasure(CrsRegistry.WGS84, messages.locale());
        this.format = new MeasureFormat(messages.locale());
    }

    /** Area in mu of what is measured now. */
    public ReadOnlyDoubleProperty muProperty() { return mu.getReadOnlyProperty(); }

    /** E.g. "面积 12.346 亩"; empty when nothing is measured. */
    public ReadOnlyStringProperty muTextProperty() { return muText.getReadOnlyProperty(); }

    /** E.g. "8,230.4 m² / 0.823 ha · 周长 364.2 m". */
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }

    void showDrawing(Coordinate[] points) {
        LiveMeasure.Reading r = live.measureDrawing(points);
        set(r.squareMetres(), r.perimeterMetres(), points.length >= 3);
    }

    void show(List<Geometry> geometries) {
        double area = 0, perimeter = 0;
        for (Geometry g : geometries) {
            LiveMeasure.Reading r = live.measure(g);
            area += r.squareMetres();
            perimeter += r.perimeterMetres();
        }
        set(area, perimeter, !geometries.isEmpty());
    }

    private void set(double squareMetres, double perimeterMetres, boolean shown) {
        mu.set(AreaUnit.MU.fromSquareMetres(squareMetres));
        if (!shown) {
            muText.set("");
            details.set("");
            return;
        }
        muText.set(messages.format("edit.measure.mu", format.formatArea(squareMetres, AreaUnit.MU, 3)));
        details.set(messages.format("edit.measure.details", format.formatArea(squareMetres, AreaUnit.M2),
                format.formatArea(squareMetres, AreaUnit.HA), format.formatLength(perimeterMetres)));
    }

    /** Area in mu rounded to two decimals, as stored in {@value #AREA_FIELD}. */
    double roundedMu(Geometry g) {
        return Math.round(live.measure(g).mu() * 100) / 100.0;
    }

    /** {@code edit} with {@value #AREA_FIELD} of every reshaped or new feature set to its new area (when the layer has the column). */
    ChangeSet withAreaMu(ChangeSet edit, LayerSchema schema) {
        if (schema == null || schema.field(AREA_FIELD).isEmpty()) return edit;
        List<FeatureChange> out = new ArrayList<>();
        boolean changed = false;
        for (FeatureChange c : edit.changes()) {
            Feature a = c.after();
            if (a != null && a.geometry() != null && (c.before() == null || !c.before().geometry().equalsExact(a.geometry()))) {
                Object area = roundedMu(a.geometry());
                if (!area.equals(a.get(AREA_FIELD))) {
                    a = a.withAttribute(AREA_FIELD, area);
                    changed = true;
                }
            }
            out.add(new FeatureChange(c.before(), a));
        }
        return changed ? new ChangeSet(edit.name(), out) : edit;
    }
}
