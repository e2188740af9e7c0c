package org.onemap.app.desktop.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Geometry;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.datasources.sync.Conflict;
import org.onemap.datasources.sync.ConflictView;
import org.onemap.datasources.sync.Side;

/**
 * View-model of one conflict: the attribute table (mine | theirs | base, differences flagged, a side
 * chosen per row), the geometry difference for the map, and the choices a merge applies. Nothing is
 * written here: {@link SyncViewModel} applies the resolution through the engine.
 */
public final class ConflictViewModel {
    /** Key of the geometry row, as the engine's merge expects it. */
    public static final String GEOMETRY = "geom";
    private static final String UNKNOWN = "—";

    private final ConflictView view;
    private final Messages messages;
    private final FieldLabels labels;
    private final ObservableList<AttributeChoice> rows = FXCollections.observableArrayList();
    private final GeometryDifference difference;

    /**
     * @param base the feature's values at the last sync (field → value, {@code geom} → geometry); fields
     *             missing from it show as unknown
     */
    public ConflictViewModel(ConflictView view, Map<String, Object> base, Messages messages) {
        this.view = view;
        this.messages = messages;
        this.labels = new FieldLabels(messages);
        Feature mine = view.mine();
        Feature theirs = view.theirs();
        this.difference = GeometryDifference.of(mine == null ? null : mine.geometry(), theirs == null ? null : theirs.geometry());
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (mine != null) mine.attributes().keySet().forEach(k -> attrs.put(k, null));
        if (theirs != null) theirs.attributes().keySet().forEach(k -> attrs.putIfAbsent(k, null));
        for (String key : attrs.keySet()) {
            Object a = mine == null ? null : mine.get(key);
            Object b = theirs == null ? null : theirs.get(key);
            boolean differs = view.differingFields().contains(key) || (mine == null) != (theirs == null);
            rows.add(new AttributeChoice(key, labels.label(key), text(a, mine == null), text(b, theirs == null),
                    base.containsKey(key) ? text(base.get(key), false) : UNKNOWN, differs));
        }
        boolean geometryDiffers = view.geometryDiffers() || (mine == null) != (theirs == null);
        rows.add(new AttributeChoice(GEOMETRY, messages.get("sync.conflict.geometry"),
                geometryText(mine == null ? null : mine.geometry(), mine == null),
                geometryText(theirs == null ? null : theirs.geometry(), theirs == null),
                base.get(GEOMETRY) instanceof Geometry g ? geometryText(g, false) : UNKNOWN, geometryDiffers));
    }

    public Conflict conflict() { return view.conflict(); }

    public ConflictView view() { return view; }

    /** One line for the panel header: layer/id, and what happened on each side. */
    public String title() {
        Conflict c = view.conflict();
        String here = c.localVersion() == null ? messages.get("sync.conflict.deletedHere") : messages.format("sync.conflict.editedHere", c.localVersion());
        String there = c.remoteVersion() == null ? messages.get("sync.conflict.deletedThere") : messages.format("sync.conflict.changedThere", c.remoteVersion());
        return c.layer() + " / " + c.remoteId() + "：" + here + "，" + there;
    }

    /** Every field plus the geometry (last), in the layer's order. */
    public ObservableList<AttributeChoice> rows() { return rows; }

    public AttributeChoice row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** Rows whose values differ between the sides. */
    public List<AttributeChoice> differing() { return rows.stream().filter(AttributeChoice::differs).toList(); }

    public GeometryDifference difference() { return difference; }

    /** Whether a per-attribute merge is possible: the feature exists on both sides. */
    public boolean canMerge() { return view.mine() != null && view.theirs() != null; }

    /** Sets every row's choice to {@code side}. */
    public void chooseAll(Side side) {
        rows.forEach(r -> r.setChoice(side));
    }

    /** The merge's choices: every row, by key (the engine keeps mine for keys not named). */
    public Map<String, Side> choices() {
        Map<String, Side> out = new LinkedHashMap<>();
        for (AttributeChoice r : rows) out.put(r.key(), r.getChoice());
        return out;
    }

    private String text(Object v, boolean deleted) {
        if (deleted) return messages.get("sync.conflict.deleted");
        return labels.value(v);
    }

    private String geometryText(Geometry g, boolean deleted) {
        if (deleted) return messages.get("sync.conflict.deleted");
        if (g == null) return "";
        double squareMetres = EllipsoidalMeasure.area(g);
        // areas tell planners what moved; a point or line shows its kind
        if (squareMetres > 0) return messages.format("sync.conflict.geometryArea", AreaUnit.MU.fromSquareMetres(squareMetres), g.getNumPoints());
        return messages.format("sync.conflict.geometryText", g.getGeometryType(), g.getNumPoints());
    }
}
