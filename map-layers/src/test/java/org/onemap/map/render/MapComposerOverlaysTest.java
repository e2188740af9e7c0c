package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.memory.MemoryDataSource;

class MapComposerOverlaysTest {
    private static final Envelope AREA = new Envelope(112.5, 113.0, 27.6, 28.0);

    /** A solid box of a given size that records where it was drawn. */
    private record Box(String name, double w, double h, Color color) implements LegendPanel {
        @Override
        public Dimension2D size(Graphics2D g, double ratio) {
            Rectangle2D r = new Rectangle2D.Double(0, 0, w * ratio, h * ratio);
            return new java.awt.Dimension((int) r.getWidth(), (int) r.getHeight());
        }

        @Override
        public void draw(Graphics2D g, double x, double y, double ratio) {
            g.setColor(color);
            g.fill(new Rectangle2D.Double(x, y, w * ratio, h * ratio));
        }

        @Override
        public List<String> entries() {
            return List.of(name);
        }
    }

    private static List<RenderLayer> layers() {
        MemoryDataSource ds = new MemoryDataSource();
        TestMaps.add(TestMaps.layer(ds, "county", GeometryKind.POLYGON, "name"),
                "POLYGON((112.55 27.65, 112.95 27.65, 112.95 27.95, 112.55 27.95, 112.55 27.65))", "name", "湘潭县");
        TestMaps.add(TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop"),
                "POLYGON((112.7 27.7, 112.72 27.7, 112.72 27.72, 112.7 27.72, 112.7 27.7))", "crop", "水稻");
        return RenderLayers.of(ds);
    }

    @Test
    void overlaysAreDrawnOverTheLayersAndUnderTheDecorations() {
        Viewport vp = Viewport.fit(AREA, 800, 600);
        List<String> calls = new ArrayList<>();
        BiConsumer<Graphics2D, Viewport> fillAll = (g, v) -> {
            calls.add("overlay " + v.width() + "x" + v.height());
            g.setColor(Color.MAGENTA);
            g.fillRect(0, 0, v.imageWidth(), v.imageHeight());
        };
        ComposedMap map = new MapComposer().compose(layers(), vp, RenderOptions.standard(), MapDecorations.standard().withTitle("T"),
                List.of(fillAll));
        assertEquals(List.of("overlay 800x600"), calls);
        assertEquals(Color.MAGENTA.getRGB(), map.image().getRGB(400, 300), "the overlay should cover the map centre");
        Rectangle2D title = map.decorations().title();
        int inTitle = map.image().getRGB((int) title.getCenterX(), (int) title.getCenterY() - 2);
        assertTrue(inTitle != Color.MAGENTA.getRGB(), "the title panel must be drawn over the overlay");
    }

    @Test
    void underlaysAreDrawnOnThePaperAndUnderTheLayers() {
        Viewport vp = Viewport.fit(AREA, 800, 600);
        List<String> calls = new ArrayList<>();
        BiConsumer<Graphics2D, Viewport> raster = (g, v) -> {
            calls.add("underlay");
            g.setColor(Color.MAGENTA);
            g.fillRect(0, 0, v.imageWidth(), v.imageHeight());
        };
        BiConsumer<Graphics2D, Viewport> overlay = (g, v) -> calls.add("overlay");
        ComposedMap map = new MapComposer().compose(layers(), vp, RenderOptions.standard(), MapDecorations.standard().withTitle("T"),
                List.of(raster), List.of(overlay));
        assertEquals(List.of("underlay", "overlay"), calls);
        assertEquals(Color.MAGENTA.getRGB(), map.image().getRGB(20, 300),
                "west of the county polygon the underlay shows, not covered by the paper background");
        assertTrue(map.image().getRGB(400, 300) != Color.MAGENTA.getRGB(), "the county layer must be drawn over the underlay");
        assertTrue(map.decorations().title() != null, "decorations are still drawn");
        assertTrue(map.render().featuresDrawn() >= 2, "the layers are still drawn: " + map.render().featuresDrawn());
    }

    @Test
    void panelsStackAtTheRightAndWrapIntoANewColumn() {
        Viewport vp = Viewport.fit(AREA, 800, 600);
        List<LegendPanel> panels = List.of(new Box("a", 100, 200, Color.RED), new Box("b", 120, 200, Color.GREEN),
                new Box("c", 80, 200, Color.BLUE));
        ComposedMap map = new MapComposer().compose(layers(), vp, MapDecorations.standard().withPanels(panels));
        DecorationLayout d = map.decorations();
        assertEquals(List.of("a", "b", "c"), d.panelEntries());
        assertEquals(3, d.panels().size());
        Rectangle2D a = d.panels().get(0), b = d.panels().get(1), c = d.panels().get(2);
        assertEquals(790, a.getMaxX(), 1, "first panel flush with the right margin");
        assertTrue(a.getY() >= d.northArrow().getMaxY(), "panels start below the north arrow");
        assertEquals(a.getMaxX(), b.getMaxX(), 1e-9, "second panel in the same column");
        assertTrue(b.getY() > a.getMaxY(), "second panel below the first");
        assertTrue(c.getMaxX() < b.getMinX(), "third panel does not fit above the scale bar, so it starts a column to the left: " + c);
        for (Rectangle2D p : d.panels()) assertTrue(p.getMaxY() < d.scaleBarLine().getY(), "panel " + p + " overlaps the scale bar");
        assertEquals(Color.GREEN.getRGB(), map.image().getRGB((int) b.getCenterX(), (int) b.getCenterY()));
        double reserved = MapDecorations.standard().withPanels(panels).panelsWidth(800, 600);
        assertEquals(800 - c.getMinX() + 10, reserved, 2, "panelsWidth: the two columns plus a 10 px gap");
        assertEquals(0, MapDecorations.standard().panelsWidth(800, 600));
    }

    @Test
    void legendFilterLeavesLayersOutOfTheLayerLegendButNotOutOfTheGeneratedNote() {
        Viewport vp = Viewport.fit(AREA, 800, 600);
        ComposedMap all = new MapComposer().compose(layers(), vp, MapDecorations.standard());
        ComposedMap filtered = new MapComposer().compose(layers(), vp,
                MapDecorations.standard().withLegendFilter(l -> !l.name().equals("parcel")));
        assertTrue(all.decorations().legendEntries().contains("水稻"), "unfiltered legend lists the crop: " + all.decorations().legendEntries());
        assertFalse(filtered.decorations().legendEntries().contains("水稻"), "filtered legend: " + filtered.decorations().legendEntries());
        assertTrue(filtered.decorations().generatedNote(), "parcels are generated; the note stays");
    }
}
