package org.onemap.app.desktop.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.history.FeatureVersion;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.units.AreaUnit;

/**
 * View-model of one feature's history: the timeline of its versions (oldest first), the version picked
 * (the latest at first), its geometry and the current one for the map, and its attributes next to the
 * current values with the differing ones marked. The log is read off the UI thread.
 */
public final class FeatureHistoryViewModel {
    private final FeatureHistory history;
    private final FeatureSource layer;
    private final String featureId;
    private final HistoryTexts texts;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<DiffRow> diff = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Geometry> versionGeometry = new ReadOnlyObjectWrapper<>(this, "versionGeometry");
    private final ReadOnlyObjectWrapper<Geometry> currentGeometry = new ReadOnlyObjectWrapper<>(this, "currentGeometry");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final String title;
    private Feature current;

    /**
     * @param layer      the live layer (for the current feature)
     * @param layerTitle the layer's name as the layer tree shows it
     */
    public FeatureHistoryViewModel(FeatureHistory history, FeatureSource layer, String layerTitle, Feature feature,
                                   HistoryTexts texts, Executor background, Executor ui) {
        this.history = history;
        this.layer = layer;
        this.featureId = feature.id();
        this.texts = texts;
        this.background = background;
        this.ui = ui;
        this.title = texts.messages().format("history.title", layerTitle, texts.labels().displayName(feature));
        selected.addListener((o, was, now) -> show(now));
    }

    /** Reads the feature's versions and its current state; the latest version is selected when done. */
    public void load() {
        status.set(texts.messages().get("history.loading"));
        background.execute(() -> {
            List<FeatureVersion> versions;
            Feature now;
            try {
                versions = history.versions(layer.name(), featureId);
                List<Feature> found = layer.list(Query.ALL.and(AttributeFilter.eq("id", featureId)).withLimit(1));
                now = found.isEmpty() ? null : found.get(0);
            } catch (RuntimeException e) {
                String msg = texts.messages().format("history.error", e.getMessage());
                ui.execute(() -> status.set(msg));
                return;
            }
            ui.execute(() -> showVersions(versions, now));
        });
    }

    private void showVersions(List<FeatureVersion> versions, Feature now) {
        current = now;
        currentGeometry.set(now == null ? null : now.geometry());
        List<TimelineRow> out = new ArrayList<>();
        for (FeatureVersion v : versions) {
            out.add(new TimelineRow("v" + v.version(), texts.time(v.at()), v.user() == null ? "" : v.user(),
                    texts.operation(v), texts.changes(v), v));
        }
        rows.setAll(out);
        status.set(versions.isEmpty() ? texts.messages().get("history.none")
                : texts.messages().format("history.count", versions.size())
                + (now == null ? texts.messages().get("history.deletedNow") : ""));
        selected.set(out.isEmpty() ? null : out.get(out.size() - 1));
    }

    private void show(TimelineRow row) {
        if (row == null) {
            diff.clear();
            versionGeometry.set(null);
            return;
        }
        Feature then = row.source().state();
        versionGeometry.set(row.source().geometry());
        List<DiffRow> out = new ArrayList<>();
        // the geometry first: the map shows it, and it is what planners check first
        Geometry g = then == null ? null : then.geometry();
        Geometry n = current == null ? null : current.geometry();
        boolean geometryDiffers = g == null || n == null ? g != n : !g.equalsExact(n);
        out.add(new DiffRow("@area", texts.messages().get("history.area"), area(g), area(n), geometryDiffers));
        Set<String> fields = new LinkedHashSet<>();
        if (then != null) fields.addAll(then.attributes().keySet());
        if (current != null) fields.addAll(current.attributes().keySet());
        for (String f : fields) {
            Object a = then == null ? null : then.get(f);
            Object b = current == null ? null : current.get(f);
            out.add(new DiffRow(f, texts.labels().label(f), texts.labels().value(a), texts.labels().value(b), !same(a, b)));
        }
        diff.setAll(out);
    }

    private String area(Geometry g) {
        if (g == null) return "";
        double mu = AreaUnit.MU.fromSquareMetres(EllipsoidalMeasure.area(g));
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(texts.messages().locale());
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(2);
        return nf.format(mu) + " " + texts.messages().get("history.mu");
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        return Objects.equals(a, b);
    }

    /** The versions, oldest first. */
    public ObservableList<TimelineRow> rows() { return rows; }

    /** The version shown on the map and in the diff. */
    public ObjectProperty<TimelineRow> selectedProperty() { return selected; }

    /** The selected version's area beside the current area (marked when the geometry differs), then its attributes beside the current ones. */
    public ObservableList<DiffRow> diff() { return diff; }

    /** The selected version's geometry (lon/lat), null for none. */
    public ReadOnlyObjectProperty<Geometry> versionGeometryProperty() { return versionGeometry.getReadOnlyProperty(); }

    /** The feature's geometry now, null when it was deleted. */
    public ReadOnlyObjectProperty<Geometry> currentGeometryProperty() { return currentGeometry.getReadOnlyProperty(); }

    /** "3 个版本" / an error / "正在读取…". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The window title: layer and feature. */
    public String title() { return title; }
}
