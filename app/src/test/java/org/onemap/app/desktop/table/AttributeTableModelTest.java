package org.onemap.app.desktop.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.layers.LayerTitles;
import org.onemap.app.desktop.layers.LayerTreeModel;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.Transaction;

class AttributeTableModelTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private final Messages zh = Messages.forLocale(Messages.CHINESE);

    private static MemoryDataSource parcels(int n) {
        MemoryDataSource ds = new MemoryDataSource();
        var layer = ds.createLayer(new LayerSchema("parcel", GeometryKind.POINT, 4326,
                List.of(FieldDef.of("crop", FieldType.STRING), FieldDef.of("area_mu", FieldType.DOUBLE))));
        try (Transaction tx = layer.begin("t")) {
            for (int i = 0; i < n; i++) {
                tx.insert(Feature.create(GF.createPoint(new Coordinate(112 + i * 0.01, 27 + i * 0.01)),
                        Map.of("crop", i % 2 == 0 ? "水稻" : "湘莲", "area_mu", 1.0 + i)));
            }
            tx.commit();
        }
        return ds;
    }

    @Test
    void loadsTheSelectedLayerOffTheUiThreadAndAppliesOnIt() {
        MemoryDataSource ds = parcels(4);
        List<Runnable> background = new ArrayList<>();
        List<Runnable> ui = new ArrayList<>();
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, background::add, ui::add, 100);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        assertTrue(m.loadingProperty().get());
        assertTrue(m.rows().isEmpty(), "nothing is read on the calling thread");
        assertEquals(List.of("crop", "area_mu"), m.columns().stream().map(FieldDef::name).toList());
        background.remove(0).run();
        assertTrue(m.rows().isEmpty(), "results wait for the UI executor");
        ui.remove(0).run();
        assertEquals(4, m.rows().size());
        assertFalse(m.loadingProperty().get());
        assertEquals("共 4 条，显示 4 条", m.summaryProperty().get());
    }

    @Test
    void aStaleReadIsDiscardedWhenTheLayerChangesMeanwhile() {
        MemoryDataSource ds = parcels(3);
        List<Runnable> background = new ArrayList<>();
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, background::add, Runnable::run, 100);
        var item = new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel");
        m.layerProperty().set(item);
        m.layerProperty().set(null);
        background.remove(0).run();
        assertTrue(m.rows().isEmpty(), "the read for the old layer must not fill the table");
        assertEquals("未选择图层", m.summaryProperty().get());
    }

    @Test
    void filterMatchesAnyColumnAndCountsShownRows() {
        MemoryDataSource ds = parcels(5);
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, Runnable::run, Runnable::run, 100);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        m.filterTextProperty().set("湘莲");
        assertEquals(2, m.filteredRows().size());
        assertEquals("共 5 条，显示 2 条", m.summaryProperty().get());
        m.filterTextProperty().set("5");
        assertEquals(List.of("5"), m.filteredRows().stream().map(Feature::id).toList(), "id 5 (area 5.0 too)");
        m.filterTextProperty().set("  ");
        assertEquals(5, m.filteredRows().size());
    }

    @Test
    void truncatesHugeLayersAndSaysSo() {
        MemoryDataSource ds = parcels(7);
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, Runnable::run, Runnable::run, 3);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        assertEquals(3, m.rows().size());
        assertEquals("共 7 条，显示 3 条 （仅读取前 3 条）", m.summaryProperty().get());
    }

    @Test
    void selectsByIdAndReportsTheSelectionExtent() {
        MemoryDataSource ds = parcels(4);
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, Runnable::run, Runnable::run, 100);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        assertNull(m.selectionExtent());
        m.selectIds(List.of("2", "4", "99"));
        assertEquals(List.of("2", "4"), m.selection().stream().map(Feature::id).toList());
        assertEquals(new Envelope(112.01, 112.03, 27.01, 27.03), m.selectionExtent());
    }

    @Test
    void readsAFirstPageAndTheRestWhenAsked() {
        MemoryDataSource ds = parcels(7);
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, Runnable::run, Runnable::run, 100, 3);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        assertEquals(List.of("1", "2", "3"), m.rows().stream().map(Feature::id).toList());
        assertTrue(m.isPartial());
        assertEquals("共 7 条，显示 3 条 （已读取前 3 条；筛选、排序或滚动到底部时读取其余）", m.summaryProperty().get());
        m.readAll();
        assertEquals(7, m.rows().size());
        assertFalse(m.isPartial());
        assertEquals("共 7 条，显示 7 条", m.summaryProperty().get());
        m.reload();
        assertEquals(7, m.rows().size(), "a reload after an edit keeps every row read, not just the first page");
    }

    @Test
    void aFilterIsAppliedToEveryRowNotJustTheFirstPage() {
        MemoryDataSource ds = parcels(7);
        List<Runnable> background = new ArrayList<>();
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, background::add, Runnable::run, 100, 3);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        background.remove(0).run();
        m.filterTextProperty().set("湘莲");
        assertEquals(1, m.filteredRows().size(), "until the rest is read, the first page is filtered");
        assertTrue(m.summaryProperty().get().contains("正在读取其余"), m.summaryProperty().get());
        background.remove(0).run();
        assertEquals(List.of("2", "4", "6"), m.filteredRows().stream().map(Feature::id).toList());
        assertTrue(background.isEmpty(), "read once");
    }

    @Test
    void aMapSelectionOfAnUnreadFeatureReadsTheRestAndSelectsIt() {
        MemoryDataSource ds = parcels(7);
        List<Runnable> background = new ArrayList<>();
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, background::add, Runnable::run, 100, 3);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        background.remove(0).run();
        m.selectIds(List.of("2", "6"));
        assertEquals(List.of("2"), m.selection().stream().map(Feature::id).toList(), "what is read is selected at once");
        background.remove(0).run();
        assertEquals(List.of("2", "6"), m.selection().stream().map(Feature::id).toList());
        assertTrue(m.rows().containsAll(m.selection()), "the selection holds the rows now in the table");
        m.selectIds(List.of("99"));
        assertTrue(m.selection().isEmpty());
        assertTrue(background.isEmpty(), "an id the layer does not have reads nothing more");
    }

    @Test
    void readingTheRestForAnOldLayerIsDiscarded() {
        MemoryDataSource ds = parcels(7);
        List<Runnable> background = new ArrayList<>();
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, background::add, Runnable::run, 100, 3);
        var item = new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel");
        m.layerProperty().set(item);
        background.remove(0).run();
        m.readAll();
        m.layerProperty().set(null);
        background.remove(0).run();
        assertTrue(m.rows().isEmpty());
        assertFalse(m.isPartial());
    }

    @Test
    void onlyInViewListsTheFeaturesOnTheMapAndFollowsIt() {
        MemoryDataSource ds = parcels(5); // points at 112.00, 112.01, … 112.04 (and 27.00 … 27.04)
        AttributeTableModel m = new AttributeTableModel(ds::layer, zh, Runnable::run, Runnable::run, 100);
        m.layerProperty().set(new LayerTreeModel(ds.layers(), new LayerTitles(zh)).item("parcel"));
        m.viewExtentProperty().set(new Envelope(111.995, 112.015, 26.995, 27.015));
        assertEquals(5, m.rows().size(), "the view alone changes nothing until asked");
        m.onlyInViewProperty().set(true);
        assertEquals(List.of("1", "2"), m.rows().stream().map(Feature::id).toList());
        assertEquals("视图内 2 条，显示 2 条", m.summaryProperty().get());
        m.viewExtentProperty().set(new Envelope(112.025, 112.05, 27.025, 27.05));
        assertEquals(List.of("4", "5"), m.rows().stream().map(Feature::id).toList(), "the map moved: the table follows");
        m.onlyInViewProperty().set(false);
        assertEquals(5, m.rows().size());
        assertEquals("共 5 条，显示 5 条", m.summaryProperty().get());
    }
}
