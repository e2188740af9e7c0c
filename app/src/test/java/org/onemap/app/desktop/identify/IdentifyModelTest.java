package org.onemap.app.desktop.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.layers.LayerTitles;
import org.onemap.app.desktop.layers.LayerTreeModel;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.Transaction;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import java.util.Map;

class IdentifyModelTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static MemoryDataSource workspace() {
        MemoryDataSource ds = new MemoryDataSource();
        var county = ds.createLayer(new LayerSchema("county", GeometryKind.POLYGON, 4326,
                List.of(FieldDef.of("name", FieldType.STRING), FieldDef.of("population", FieldType.LONG), FieldDef.of("urban_rate", FieldType.DOUBLE))));
        try (Transaction tx = county.begin("t")) {
            tx.insert(Feature.create(GF.toGeometry(new Envelope(112, 113, 27, 28)), Map.of("name", "湘潭县", "population", 838_000L, "urban_rate", 0.4567)));
            tx.commit();
        }
        var village = ds.createLayer(new LayerSchema("village", GeometryKind.POINT, 4326, List.of(FieldDef.of("name", FieldType.STRING))));
        try (Transaction tx = village.begin("t")) {
            tx.insert(Feature.create(GF.createPoint(new Coordinate(112.5, 27.5)), Map.of("name", "石潭村")));
            tx.insert(Feature.create(GF.createPoint(new Coordinate(112.5004, 27.5)), Map.of("name", "远村")));
            tx.commit();
        }
        return ds;
    }

    @Test
    void findsEveryVisibleLayerUnderTheClickTopFirstNearestFirst() {
        MemoryDataSource ds = workspace();
        Messages zh = Messages.forLocale(Messages.CHINESE);
        LayerTreeModel tree = new LayerTreeModel(ds.layers(), new LayerTitles(zh));
        IdentifyModel m = new IdentifyModel(new FieldLabels(zh), ds::layer);
        m.identify(112.5003, 27.5, new Envelope(112.4995, 112.5011, 27.4992, 27.5008), tree.visibleTopDown());
        assertEquals(List.of("远村", "石潭村", "湘潭县"), m.hits().stream().map(IdentifyHit::displayName).toList(),
                "villages (top layer) nearest first, then the county");
        assertEquals("远村", m.getSelected().displayName(), "the topmost, nearest hit is shown first");
    }

    @Test
    void showsAttributesWithChineseLabelsAndLocaleNumbers() {
        MemoryDataSource ds = workspace();
        Messages zh = Messages.forLocale(Messages.CHINESE);
        LayerTreeModel tree = new LayerTreeModel(ds.layers(), new LayerTitles(zh));
        tree.item("village").setVisible(false);
        IdentifyModel m = new IdentifyModel(new FieldLabels(zh), ds::layer);
        m.identify(112.2, 27.2, new Envelope(112.1999, 112.2001, 27.1999, 27.2001), tree.visibleTopDown());
        assertEquals(1, m.hits().size(), "hidden villages are not searched");
        var rows = m.attributes();
        assertEquals(List.of("图层", "要素编号", "名称", "常住人口", "城镇化率"), rows.stream().map(AttributeRow::label).toList());
        assertEquals("县级行政区", rows.get(0).value());
        assertEquals("湘潭县", rows.get(2).value());
        assertEquals("838000", rows.get(3).value());
        assertEquals("0.4567", rows.get(4).value());
    }

    @Test
    void englishLabels() {
        MemoryDataSource ds = workspace();
        Messages en = Messages.forLocale(Locale.ENGLISH);
        IdentifyModel m = new IdentifyModel(new FieldLabels(en), ds::layer);
        m.identify(112.2, 27.2, new Envelope(112.19, 112.21, 27.19, 27.21),
                new LayerTreeModel(ds.layers(), new LayerTitles(en)).visibleTopDown());
        assertEquals("Name", m.attributes().get(2).label());
        assertEquals("Counties", m.attributes().get(0).value());
    }

    @Test
    void aClickOnNothingClearsTheResult() {
        MemoryDataSource ds = workspace();
        Messages zh = Messages.forLocale(Messages.CHINESE);
        IdentifyModel m = new IdentifyModel(new FieldLabels(zh), ds::layer);
        var layers = new LayerTreeModel(ds.layers(), new LayerTitles(zh)).visibleTopDown();
        m.identify(112.5, 27.5, new Envelope(112.499, 112.501, 27.499, 27.501), layers);
        assertTrue(!m.hits().isEmpty());
        m.identify(100, 20, new Envelope(99.99, 100.01, 19.99, 20.01), layers);
        assertTrue(m.hits().isEmpty());
        assertNull(m.getSelected());
        assertTrue(m.attributes().isEmpty());
    }
}
