package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.onemap.core.edit.EditException;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.FeatureChange;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;

/** The {@link EditContext} the tools of an {@link EditViewModel} work through. */
final class ToolContext implements EditContext {
    /** Fields a new parcel takes from the neighbour it was drawn against: it is almost always in the same village. */
    private static final List<String> INHERITED = List.of("village_code", "county_code", "township_code", "township_name");
    private static final GeometryFactory GF = new GeometryFactory();
    private final EditViewModel vm;

    ToolContext(EditViewModel vm) { this.vm = vm; }

    @Override
    public GeometryFactory geometryFactory() { return GF; }

    @Override
    public Feature featureAt(Coordinate at, double tolerance) {
        Point p = GF.createPoint(at);
        Feature best = null;
        for (Feature f : vm.features()) {
            Envelope e = new Envelope(f.geometry().getEnvelopeInternal());
            e.expandBy(tolerance);
            if (!e.contains(at)) continue;
            if (f.geometry().covers(p) || f.geometry().distance(p) <= tolerance) {
                // nested or touching parcels: the smaller one is the one the planner aims at
                if (best == null || f.geometry().getArea() < best.geometry().getArea()) best = f;
            }
        }
        return best;
    }

    @Override
    public Feature feature(String id) { return vm.feature(id); }

    @Override
    public List<Feature> featuresNear(Geometry g) {
        Envelope env = g.getEnvelopeInternal();
        List<Feature> out = new ArrayList<>();
        for (Feature f : vm.features()) if (f.geometry().getEnvelopeInternal().intersects(env)) out.add(f);
        return out;
    }

    @Override
    public List<String> selection() { return List.copyOf(vm.selection()); }

    @Override
    public void select(List<String> ids) { vm.selection().setAll(ids); }

    @Override
    public void apply(ChangeSet edit) {
        try {
            vm.execute(edit);
        } catch (EditException e) {
            refuse(e.getMessage());
        }
    }

    @Override
    public void created(Geometry shape) {
        EditingSession es = vm.editingSession();
        if (es == null) return;
        LayerSchema schema = es.store().schema();
        Map<String, Object> initial = new LinkedHashMap<>();
        Feature neighbour = featuresNear(shape).stream().min((a, b) -> Double.compare(
                a.geometry().distance(shape), b.geometry().distance(shape))).orElse(null);
        for (String field : INHERITED) {
            if (neighbour != null && schema.field(field).isPresent()) initial.put(field, neighbour.get(field));
        }
        if (schema.field("generated").isPresent()) initial.put("generated", Boolean.FALSE);
        initial.put(EditMeasure.AREA_FIELD, vm.measure().roundedMu(shape));
        AttributeFormModel form = new AttributeFormModel(vm.messages().get("edit.form.newTitle"), schema, initial,
                FieldDomains.of(schema, vm.features()), vm.messages());
        vm.setPendingShape(shape);
        vm.showForm(new EditViewModel.FormRequest(form, attrs -> {
            ChangeSet add = ChangeSet.add("draw", shape, attrs);
            vm.formClosed();
            apply(add);
            select(List.of(add.changes().get(0).after().id()));
        }, () -> {
            vm.formClosed();
            vm.setMessage(vm.messages().get("edit.msg.drawingDropped"));
        }));
    }

    @Override
    public void editAttributes(String featureId) {
        Feature f = vm.feature(featureId);
        EditingSession es = vm.editingSession();
        if (f == null || es == null) return;
        LayerSchema schema = es.store().schema();
        AttributeFormModel form = new AttributeFormModel(vm.messages().format("edit.form.editTitle", featureId), schema,
                f.attributes(), FieldDomains.of(schema, vm.features()), vm.messages());
        vm.showForm(new EditViewModel.FormRequest(form, attrs -> {
            vm.formClosed();
            Feature now = vm.feature(featureId);
            if (now == null) return;
            apply(new ChangeSet("attributes", List.of(new FeatureChange(now, new Feature(now.id(), now.geometry(), attrs, now.version())))));
        }, vm::formClosed));
    }

    @Override
    public Feature sourceFeatureAt(Coordinate at, double tolerance) {
        String layer = vm.sourceLayerProperty().get();
        if (layer == null) return null;
        Envelope box = new Envelope(at);
        box.expandBy(tolerance);
        Point p = GF.createPoint(at);
        try {
            for (Feature f : vm.sources().apply(layer).list(Query.bbox(box))) {
                if (f.geometry() != null && f.geometry().getDimension() == 2 && f.geometry().covers(p)) return f;
            }
        } catch (RuntimeException e) {
            refuse(e.getMessage());
        }
        return null;
    }

    @Override
    public void refuse(String message) { vm.setMessage(message); }
}
