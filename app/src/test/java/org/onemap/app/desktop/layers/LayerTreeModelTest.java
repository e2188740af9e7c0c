package org.onemap.app.desktop.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerInfo;

class LayerTreeModelTest {
    private static final List<LayerInfo> CATALOG = List.of(
            new LayerInfo("county", GeometryKind.MULTIPOLYGON, 5, new Envelope(112, 113, 27, 28)),
            new LayerInfo("river", GeometryKind.LINESTRING, 2, new Envelope(111.5, 113.6, 27, 28.6)),
            new LayerInfo("my_import", GeometryKind.POINT, 9, null));

    private final LayerTitles titles = new LayerTitles(Messages.forLocale(Messages.CHINESE));

    @Test
    void withoutADrawRankTheCatalogIsDrawnInOrderAndListedTopFirst() {
        LayerTreeModel m = new LayerTreeModel(CATALOG, titles);
        assertEquals(List.of("my_import", "river", "county"), m.items().stream().map(LayerItem::name).toList());
        assertEquals(List.of("county", "river", "my_import"), m.drawOrder().stream().map(LayerItem::name).toList());
    }

    @Test
    void unknownLayersKeepTheirName() {
        LayerTreeModel m = new LayerTreeModel(CATALOG, titles);
        assertEquals("my_import", m.item("my_import").title());
        assertEquals("河流", m.item("river").title());
    }

    @Test
    void everyVisualChangeBumpsTheRevision() {
        LayerTreeModel m = new LayerTreeModel(CATALOG, titles);
        int r0 = m.revisionProperty().get();
        m.item("river").setVisible(false);
        int r1 = m.revisionProperty().get();
        m.item("river").setOpacity(0.5);
        int r2 = m.revisionProperty().get();
        m.moveDown(m.item("my_import"));
        int r3 = m.revisionProperty().get();
        assertTrue(r0 < r1 && r1 < r2 && r2 < r3, "revision should grow on visibility, opacity and order: " + List.of(r0, r1, r2, r3));
    }

    @Test
    void movingKeepsTheSelectionAndStopsAtTheEnds() {
        LayerTreeModel m = new LayerTreeModel(CATALOG, titles);
        LayerItem county = m.item("county");
        m.select(county);
        assertFalse(m.canMoveDown(county));
        m.moveDown(county);
        assertEquals(2, m.items().indexOf(county), "moving the bottom row down changes nothing");
        m.moveUp(county);
        assertEquals(1, m.items().indexOf(county));
        assertSame(county, m.getSelected(), "selection survives a move");
        m.moveUp(county);
        assertFalse(m.canMoveUp(county));
    }

    @Test
    void identifySearchesVisibleLayersTopDown() {
        LayerTreeModel m = new LayerTreeModel(CATALOG, titles);
        m.item("river").setVisible(false);
        assertEquals(List.of("my_import", "county"), m.visibleTopDown().stream().map(LayerItem::name).toList());
    }

    @Test
    void opacityStaysAFraction() {
        LayerItem item = new LayerTreeModel(CATALOG, titles).item("county");
        item.setOpacity(1.7);
        assertEquals(1.0, item.getOpacity());
        item.setOpacity(-0.2);
        assertEquals(0.0, item.getOpacity());
    }

    @Test
    void fullExtentSkipsEmptyLayers() {
        assertEquals(new Envelope(111.5, 113.6, 27, 28.6), new LayerTreeModel(CATALOG, titles).fullExtent());
    }

    @Test
    void refreshAfterAnImportPutsTheNewLayerOnTopAndKeepsTheOthersSettings() {
        LayerTreeModel m = new LayerTreeModel(CATALOG, titles);
        m.item("river").setVisible(false);
        m.select(m.item("county"));
        List<LayerInfo> after = new java.util.ArrayList<>(CATALOG);
        after.set(0, new LayerInfo("county", GeometryKind.MULTIPOLYGON, 6, new Envelope(112, 113, 27, 28)));
        after.add(new LayerInfo("survey", GeometryKind.POINT, 4, new Envelope(112.5, 112.9, 27.6, 27.9)));
        m.refresh(after);
        assertEquals(List.of("survey", "my_import", "river", "county"), m.items().stream().map(LayerItem::name).toList(),
                "the imported layer goes on top, the others keep their order");
        assertFalse(m.item("river").isVisible(), "a hidden layer stays hidden after the refresh");
        assertEquals(6, m.item("county").featureCount(), "a changed layer shows its new count");
        assertSame(m.item("county"), m.getSelected(), "the selection follows the refreshed row");
    }
}
