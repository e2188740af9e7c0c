package org.onemap.app.desktop.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.function.ToIntFunction;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.LayerInfo;

/**
 * View-model of the layer tree. Rows are in drawing order read from the top: the first row is drawn
 * last, on top of the others, as in every desktop GIS. The initial order comes from a draw-order key
 * (areas under lines under points, see {@code DefaultStyles.drawRank}); layers the key ranks alike
 * keep their catalog order. {@link #revisionProperty()} counts every change that alters the picture
 * (visibility, opacity, order), which is what the map listens to.
 */
public final class LayerTreeModel {
    private final ObservableList<LayerItem> items = FXCollections.observableArrayList(
            item -> new Observable[] {item.visibleProperty(), item.opacityProperty()});
    private final ObjectProperty<LayerItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private LayerTitles titles;

    /** Rows for {@code catalog} drawn in catalog order: the first catalog layer at the bottom. */
    public LayerTreeModel(List<LayerInfo> catalog, LayerTitles titles) {
        this(catalog, titles, info -> 0);
    }

    /**
     * Rows for {@code catalog}, drawn in increasing {@code drawRank} (lowest at the bottom), ties in
     * catalog order.
     */
    public LayerTreeModel(List<LayerInfo> catalog, LayerTitles titles, ToIntFunction<LayerInfo> drawRank) {
        this.titles = titles;
        List<LayerInfo> bottomFirst = new ArrayList<>(catalog);
        bottomFirst.sort(Comparator.comparingInt(drawRank)); // stable: ties keep catalog order
        List<LayerItem> rows = new ArrayList<>();
        for (LayerInfo info : bottomFirst) rows.add(new LayerItem(info, titles.title(info.name())));
        Collections.reverse(rows);
        items.setAll(rows);
        items.addListener((javafx.collections.ListChangeListener<LayerItem>) c -> revision.set(revision.get() + 1));
    }

    /** Rows from the top of the tree (drawn last) to the bottom (drawn first). */
    public ObservableList<LayerItem> items() { return items; }

    /** The layer the attribute table shows. */
    public ObjectProperty<LayerItem> selectedProperty() { return selected; }

    public LayerItem getSelected() { return selected.get(); }

    public void select(LayerItem item) { selected.set(item); }

    /** Incremented on every visibility, opacity or order change. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public LayerItem item(String layerName) {
        return items.stream().filter(i -> i.name().equalsIgnoreCase(layerName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer '" + layerName + "' in the tree; have "
                        + items.stream().map(LayerItem::name).toList()));
    }

    /** Layers in the order they are painted: bottom first. */
    public List<LayerItem> drawOrder() {
        List<LayerItem> out = new ArrayList<>(items);
        Collections.reverse(out);
        return out;
    }

    /** Visible layers from the top down, the order identify searches them. */
    public List<LayerItem> visibleTopDown() {
        return items.stream().filter(LayerItem::isVisible).toList();
    }

    public boolean canMoveUp(LayerItem item) { return items.indexOf(item) > 0; }

    public boolean canMoveDown(LayerItem item) {
        int i = items.indexOf(item);
        return i >= 0 && i < items.size() - 1;
    }

    /** Moves {@code item} one row up, so it is drawn above the layer that was above it. */
    public void moveUp(LayerItem item) {
        if (canMoveUp(item)) swap(items.indexOf(item), items.indexOf(item) - 1);
    }

    public void moveDown(LayerItem item) {
        if (canMoveDown(item)) swap(items.indexOf(item), items.indexOf(item) + 1);
    }

    private void swap(int a, int b) {
        LayerItem keepSelected = selected.get();
        List<LayerItem> copy = new ArrayList<>(items);
        Collections.swap(copy, a, b);
        items.setAll(copy);
        selected.set(keepSelected);
    }

    /**
     * Brings the rows up to date with {@code catalog} (after an import): new layers go on top, layers
     * gone from the catalog are dropped, the others get their new count and extent but keep their
     * place, visibility and opacity.
     */
    public void refresh(List<LayerInfo> catalog) {
        java.util.Map<String, LayerInfo> now = new java.util.LinkedHashMap<>();
        for (LayerInfo info : catalog) now.put(info.name().toLowerCase(java.util.Locale.ROOT), info);
        LayerItem keepSelected = selected.get();
        List<LayerItem> rows = new ArrayList<>();
        for (LayerInfo info : now.values()) {
            boolean known = items.stream().anyMatch(i -> i.name().equalsIgnoreCase(info.name()));
            if (!known) rows.add(new LayerItem(info, titles.title(info.name())));
        }
        for (LayerItem old : items) {
            LayerInfo info = now.get(old.name().toLowerCase(java.util.Locale.ROOT));
            if (info == null) continue;
            LayerItem row = info.equals(old.info()) ? old : new LayerItem(info, old.title());
            row.setVisible(old.isVisible());
            row.setOpacity(old.getOpacity());
            rows.add(row);
            if (old == keepSelected) keepSelected = row;
        }
        items.setAll(rows);
        selected.set(rows.contains(keepSelected) ? keepSelected : null);
    }

    /** Union of the extents of all layers (lon/lat), or null when every layer is empty. */
    public Envelope fullExtent() {
        Envelope e = new Envelope();
        for (LayerItem i : items) if (i.extent() != null) e.expandToInclude(i.extent());
        return e.isNull() ? null : e;
    }
}
