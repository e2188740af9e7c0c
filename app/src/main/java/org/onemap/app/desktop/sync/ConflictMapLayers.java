package org.onemap.app.desktop.sync;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.map.GeometryOverlay;
import org.onemap.app.desktop.map.MapPane;

/**
 * The geometry difference of the conflict being resolved, drawn on the main map above everything else:
 * the area only one side covers filled, my outline in blue and theirs dashed orange, with a legend in the
 * top-right corner. Added to the Gluon
 * map once; {@link #show} replaces what they draw, {@link #clear} empties them.
 */
public final class ConflictMapLayers {
    static final Color MINE = Color.rgb(25, 118, 210);
    static final Color THEIRS = Color.rgb(245, 124, 0);
    static final Color DIFFERENCE = Color.rgb(229, 57, 53, 0.62);
    static final Color DIFFERENCE_EDGE = Color.rgb(183, 28, 28);

    private final MapPane map;
    private final GeometryOverlay difference = new GeometryOverlay(new GeometryOverlay.Look(DIFFERENCE_EDGE, 1.2, DIFFERENCE, 5, false));
    private final GeometryOverlay mine = new GeometryOverlay(new GeometryOverlay.Look(MINE, 3, null, 5, false));
    private final GeometryOverlay theirs = new GeometryOverlay(new GeometryOverlay.Look(THEIRS, 3, null, 5, true));

    private final VBox legend;

    public ConflictMapLayers(MapPane map, Messages messages) {
        this.map = map;
        // the key sits on the map while a conflict is drawn; the map pane is a StackPane open to overlays
        this.legend = ConflictLegend.onMap(messages);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new Insets(12));
        // Gluon's public layer API: the map pane itself is not edited for these
        map.mapView().addLayer(difference);
        map.mapView().addLayer(mine);
        map.mapView().addLayer(theirs);
    }

    /** Draws {@code d} and, if {@code zoom}, frames it. */
    public void show(GeometryDifference d, boolean zoom) {
        difference.geometries().setAll(d.differs() ? List.of(d.difference()) : List.of());
        mine.geometries().setAll(d.mine() == null ? List.of() : List.of(d.mine()));
        theirs.geometries().setAll(d.theirs() == null ? List.of() : List.of(d.theirs()));
        if (!map.getChildren().contains(legend)) map.getChildren().add(legend);
        if (zoom) zoomTo(d);
    }

    public void zoomTo(GeometryDifference d) {
        if (d.extent() != null) map.zoomTo(d.extent());
    }

    public void clear() {
        difference.geometries().clear();
        mine.geometries().clear();
        theirs.geometries().clear();
        map.getChildren().remove(legend);
    }

    /** Whether the legend is on the map now. */
    public boolean legendShown() { return map.getChildren().contains(legend); }

    /** Shapes on screen: difference, mine, theirs (tests check the map really draws them). */
    public int[] shapeCounts() {
        return new int[] {difference.shapeCount(), mine.shapeCount(), theirs.shapeCount()};
    }
}
