package org.onemap.app.desktop.extrude;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.AttributeRow;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.DataSource;
import org.onemap.map.extrude.ClassMesh;
import org.onemap.map.extrude.ExtrudedFeature;

/**
 * View-model of the 3D extrusion window (视图→三维视图…): which preset (layer + attribute) is shown,
 * the loaded scene, the title and legend, the selected feature and its attribute rows, and the orbit
 * camera. Loading runs on {@code background} and lands through {@code ui}; no scene graph, so it is
 * tested without a toolkit.
 */
public final class ExtrusionViewModel {
    private final DataSource workspace;
    private final Messages messages;
    private final FieldLabels labels;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<ExtrusionPreset> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObjectProperty<ExtrusionScene> scene = new SimpleObjectProperty<>(this, "scene");
    private final ObjectProperty<ExtrudedFeature> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final ObservableList<AttributeRow> attributes = FXCollections.observableArrayList();
    private final OrbitCamera camera = new OrbitCamera();
    private int generation;

    public ExtrusionViewModel(DataSource workspace, Messages messages, Executor background, Executor ui) {
        this.workspace = workspace;
        this.messages = messages;
        this.labels = new FieldLabels(messages);
        this.background = background;
        this.ui = ui;
        preset.addListener((o, was, now) -> { if (now != null) load(now); });
    }

    /** The preset shown; setting it loads that scene. */
    public ObjectProperty<ExtrusionPreset> presetProperty() { return preset; }

    public void setPreset(ExtrusionPreset p) { preset.set(p); }

    /** The title a preset shows, for the chooser. */
    public String presetTitle(ExtrusionPreset p) { return messages.get(p.titleKey()); }

    public ReadOnlyObjectProperty<ExtrusionScene> sceneProperty() { return scene; }

    public ExtrusionScene getScene() { return scene.get(); }

    public ReadOnlyStringProperty titleProperty() { return title; }

    /** Loading progress, the feature count shown, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() { return status; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    /** Legend classes, tallest first. */
    public ObservableList<LegendEntry> legend() { return legend; }

    public ReadOnlyObjectProperty<ExtrudedFeature> selectedProperty() { return selected; }

    public ExtrudedFeature getSelected() { return selected.get(); }

    /** Label / value rows of the selected feature: layer, id, then its attributes in schema order. */
    public ObservableList<AttributeRow> attributes() { return attributes; }

    public OrbitCamera camera() { return camera; }

    /** The source feature of the selection (for its geometry), or null. */
    public Feature selectedFeature() {
        ExtrusionScene s = scene.get();
        ExtrudedFeature f = selected.get();
        return s == null || f == null ? null : s.feature(f.id());
    }

    /** A picked triangle: face {@code face} of the class mesh {@code mesh}; a miss (null mesh) clears the selection. */
    public void pick(ClassMesh mesh, int face) {
        ExtrusionScene s = scene.get();
        select(s == null || mesh == null ? (ExtrudedFeature) null : s.model().featureOfFace(mesh, face));
    }

    /** Selects a feature by id (null or unknown clears). */
    public void selectId(String id) {
        ExtrusionScene s = scene.get();
        select(s == null || id == null ? (ExtrudedFeature) null : s.model().feature(id));
    }

    public void select(ExtrudedFeature f) {
        selected.set(f);
        List<AttributeRow> rows = new ArrayList<>();
        Feature source = selectedFeature();
        if (source != null) {
            ExtrusionScene s = scene.get();
            rows.add(new AttributeRow("@layer", labels.layerLabel(), messages.getOr("layer." + s.preset().layer(), s.preset().layer())));
            rows.add(new AttributeRow("id", labels.label("id"), source.id()));
            for (FieldDef field : s.schema().fields()) {
                rows.add(new AttributeRow(field.name(), labels.label(field.name()), labels.value(source.get(field.name()))));
            }
        }
        attributes.setAll(rows);
    }

    /** Loads {@code p} in the background; a newer load wins over an older one still running. */
    public void load(ExtrusionPreset p) {
        int mine = ++generation;
        loading.set(true);
        status.set(messages.get("extrude.status.loading"));
        background.execute(() -> {
            try {
                ExtrusionScene s = ExtrusionLoader.load(workspace, p, messages);
                ui.execute(() -> { if (mine == generation) show(s); });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (mine != generation) return;
                    loading.set(false);
                    status.set(messages.format("extrude.status.failed", e.getMessage()));
                });
            }
        });
    }

    private void show(ExtrusionScene s) {
        select((ExtrudedFeature) null);
        scene.set(s);
        legend.setAll(s.legend());
        title.set(messages.format("extrude.title", messages.get(s.preset().titleKey())));
        camera.frame(s.model().extent());
        status.set(messages.format("extrude.status.shown", s.model().features().size(), s.model().triangleCount(),
                s.model().meshes().size()));
        loading.set(false);
    }
}
