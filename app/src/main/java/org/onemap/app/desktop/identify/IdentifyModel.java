package org.onemap.app.desktop.identify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * View-model of the identify tool: given a click (lon/lat) and a search box a few pixels wide, asks
 * the visible layers from the top down for the features there, and shows the attributes of the one
 * picked (the topmost at first).
 */
public final class IdentifyModel {
    /** Hits per layer: enough to pick from where features overlap, few enough to read. */
    static final int HITS_PER_LAYER = 10;
    private static final GeometryFactory GF = new GeometryFactory();

    private final FieldLabels labels;
    private final Function<String, FeatureSource> sources;
    private final ObservableList<IdentifyHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<IdentifyHit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<AttributeRow> attributes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Coordinate> location = new ReadOnlyObjectWrapper<>(this, "location");

    /** {@code sources} opens a layer by name (normally {@code DataSource::layer}). */
    public IdentifyModel(FieldLabels labels, Function<String, FeatureSource> sources) {
        this.labels = labels;
        this.sources = sources;
        selected.addListener((o, was, now) -> showAttributes(now));
    }

    /**
     * Finds what lies at ({@code lon}, {@code lat}) within the lon/lat {@code searchBox} (the click
     * widened by a few pixels) in the {@code topDown} layers, nearest first within each layer, and
     * selects the first hit.
     */
    public void identify(double lon, double lat, Envelope searchBox, List<LayerItem> topDown) {
        location.set(new Coordinate(lon, lat));
        Envelope box = new Envelope(searchBox);
        box.expandToInclude(lon, lat);
        Geometry click = GF.createPoint(new Coordinate(lon, lat));
        List<IdentifyHit> found = new ArrayList<>();
        for (LayerItem layer : topDown) {
            FeatureSource src = sources.apply(layer.name());
            List<Feature> features = new ArrayList<>(src.list(Query.bbox(box).withLimit(HITS_PER_LAYER * 5)));
            features.sort(Comparator.comparingDouble(f -> f.geometry() == null ? Double.MAX_VALUE : f.geometry().distance(click)));
            features.stream().limit(HITS_PER_LAYER)
                    .forEach(f -> found.add(new IdentifyHit(layer, f, labels.displayName(f))));
        }
        hits.setAll(found);
        selected.set(found.isEmpty() ? null : found.get(0));
        if (found.isEmpty()) attributes.clear();
    }

    public void clear() {
        hits.clear();
        selected.set(null);
        location.set(null);
    }

    /** Everything found at the last click, topmost layer first. */
    public ObservableList<IdentifyHit> hits() { return hits; }

    /** The hit whose attributes are shown and which the map highlights. */
    public ObjectProperty<IdentifyHit> selectedProperty() { return selected; }

    public IdentifyHit getSelected() { return selected.get(); }

    /** Field label / value rows of the selected hit, in schema order, the layer and id first. */
    public ObservableList<AttributeRow> attributes() { return attributes; }

    /** Where the user last clicked (x = lon, y = lat), null when nothing is identified. */
    public ReadOnlyObjectProperty<Coordinate> locationProperty() { return location.getReadOnlyProperty(); }

    private void showAttributes(IdentifyHit hit) {
        if (hit == null) {
            attributes.clear();
            return;
        }
        List<AttributeRow> rows = new ArrayList<>();
        rows.add(new AttributeRow("@layer", labels.layerLabel(), hit.layer().title()));
        rows.add(new AttributeRow("id", labels.label("id"), hit.feature().id()));
        // schema order, as the table shows them; then anything the store returned beyond the schema
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (var field : sources.apply(hit.layer().name()).schema().fields()) {
            if (field.name().equalsIgnoreCase("id") || !hit.feature().attributes().containsKey(field.name())) continue;
            rows.add(new AttributeRow(field.name(), labels.label(field.name()), labels.value(hit.feature().get(field.name()))));
            shown.add(field.name());
        }
        hit.feature().attributes().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("id") && !shown.contains(k)) rows.add(new AttributeRow(k, labels.label(k), labels.value(v)));
        });
        attributes.setAll(rows);
    }
}
