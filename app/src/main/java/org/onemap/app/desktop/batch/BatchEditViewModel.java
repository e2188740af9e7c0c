package org.onemap.app.desktop.batch;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.core.spi.VersionConflictException;

/**
 * View-model of "batch attribute edit" of a selection: a field, a typed value (with the field's values
 * in the layer offered as a list when there are few), a preview of how many features change, and an
 * apply that writes every change in one transaction with version checks: a conflict writes nothing.
 * The last batch can be undone, again in one transaction. The store's triggers audit every update.
 */
public final class BatchEditViewModel {
    /** A field with at most this many distinct values in the layer offers them as a list. */
    static final int DOMAIN_MAX = 15;

    private final FeatureStore store;
    private final Messages messages;
    private final FieldLabels labels;
    private final ZoneId zone;
    private final List<Feature> selection;
    private final List<Feature> layerRows;
    private final Runnable onWritten;
    private final ObservableList<FieldDef> fields = FXCollections.observableArrayList();
    private final ObjectProperty<FieldDef> field = new SimpleObjectProperty<>(this, "field");
    private final StringProperty valueText = new SimpleStringProperty(this, "valueText", "");
    private final ObservableList<String> domain = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private List<Feature> lastBefore = List.of(); // the features as they were before the last batch

    /**
     * @param store     the layer to write
     * @param selection the selected features as read (their versions are checked on write)
     * @param layerRows the layer's loaded rows, where the offered values come from
     * @param onWritten runs after a batch or an undo was committed (reload the table, redraw the map)
     */
    public BatchEditViewModel(FeatureStore store, Messages messages, ZoneId zone, List<Feature> selection,
                              List<Feature> layerRows, Runnable onWritten) {
        this.store = store;
        this.messages = messages;
        this.labels = new FieldLabels(messages);
        this.zone = zone;
        this.selection = List.copyOf(selection);
        this.layerRows = List.copyOf(layerRows);
        this.onWritten = onWritten;
        fields.setAll(store.schema().fields());
        field.addListener((o, was, now) -> {
            domain.setAll(now == null ? List.of() : domainOf(now));
            valueText.set("");
            update();
        });
        valueText.addListener((o, was, now) -> update());
        update();
    }

    /** The label a field shows with (作物 for crop). */
    public String label(FieldDef f) { return f == null ? "" : labels.label(f.name()); }

    /** How many features the batch covers. */
    public int selectionSize() { return selection.size(); }

    private List<String> domainOf(FieldDef f) {
        if (f.type() == FieldType.DOUBLE || f.type() == FieldType.TIMESTAMP) return List.of();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Feature r : layerRows) {
            Object v = r.get(f.name());
            if (v == null) continue;
            counts.merge(v.toString(), 1, Integer::sum);
            if (counts.size() > DOMAIN_MAX) return List.of();
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(Comparator.comparing((String s) -> -counts.get(s)).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** The typed value, or null for an empty value; throws when the text does not fit the field. */
    Object value() {
        return FieldValues.parse(field.get().type(), valueText.get(), zone);
    }

    private void update() {
        FieldDef f = field.get();
        if (f == null) {
            preview.set(messages.format("batch.preview.pickField", selection.size()));
            canApply.set(false);
            return;
        }
        Object v;
        try {
            v = value();
        } catch (IllegalArgumentException e) {
            preview.set(messages.format("batch.preview.badValue", messages.get("batch.type." + e.getMessage())));
            canApply.set(false);
            return;
        }
        if (v == null && f.required()) {
            preview.set(messages.format("batch.preview.required", label(f)));
            canApply.set(false);
            return;
        }
        int changing = changing(f, v).size();
        preview.set(messages.format("batch.preview", changing, selection.size() - changing, label(f), labels.value(v)));
        canApply.set(changing > 0);
    }

    private List<Feature> changing(FieldDef f, Object v) {
        List<Feature> out = new ArrayList<>();
        for (Feature s : selection) if (!same(s.get(f.name()), v)) out.add(s);
        return out;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        return Objects.equals(a, b);
    }

    /**
     * Writes the value into every selected feature that differs, in one transaction. On a version
     * conflict (someone changed a feature since it was read) or any store error nothing is written.
     *
     * @return true when committed
     */
    public boolean apply() {
        if (!canApply.get()) return false;
        FieldDef f = field.get();
        Object v = value();
        List<Feature> targets = changing(f, v);
        try (Transaction tx = store.begin(null)) {
            for (Feature s : targets) tx.update(s.withAttribute(f.name(), v));
            tx.commit();
        } catch (VersionConflictException e) {
            result.set(messages.format("batch.conflict", e.getMessage()));
            return false;
        } catch (DataSourceException e) {
            result.set(messages.format("batch.failed", e.getMessage()));
            return false;
        }
        lastBefore = targets;
        canUndo.set(true);
        canApply.set(false); // the selection's versions moved on: a new batch starts from re-read rows
        preview.set("");
        result.set(messages.format("batch.done", targets.size(), label(f), labels.value(v)));
        onWritten.run();
        return true;
    }

    /**
     * Puts back what the last batch replaced, in one transaction; refused (nothing written) when a
     * feature was changed again since.
     */
    public boolean undo() {
        if (!canUndo.get()) return false;
        try (Transaction tx = store.begin(null)) {
            // the batch moved each feature on by exactly one version
            for (Feature b : lastBefore) tx.update(new Feature(b.id(), b.geometry(), b.attributes(), b.version() + 1));
            tx.commit();
        } catch (VersionConflictException e) {
            result.set(messages.format("batch.undoConflict", e.getMessage()));
            return false;
        } catch (DataSourceException e) {
            result.set(messages.format("batch.failed", e.getMessage()));
            return false;
        }
        result.set(messages.format("batch.undone", lastBefore.size()));
        lastBefore = List.of();
        canUndo.set(false);
        onWritten.run();
        return true;
    }

    public ObservableList<FieldDef> fields() { return fields; }

    public ObjectProperty<FieldDef> fieldProperty() { return field; }

    /** The value as typed; for booleans {@code true}/{@code false}, dates {@code yyyy-MM-dd}, times {@code yyyy-MM-dd HH:mm}. */
    public StringProperty valueTextProperty() { return valueText; }

    /** The field's values in the layer, most common first, when there are few; else empty (type freely). */
    public ObservableList<String> domain() { return domain; }

    /** "将修改 3 个要素…" or why nothing can be applied. */
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canApplyProperty() { return canApply.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /** What the last apply or undo did, or why it wrote nothing. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
}
