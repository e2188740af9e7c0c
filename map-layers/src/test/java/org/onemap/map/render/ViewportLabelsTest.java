package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.map.style.DefaultStyles;
import org.onemap.map.tiles.VectorTileRenderer;

class ViewportLabelsTest {
    private static final List<RenderLayer> DEMO = RenderLayers.of(RenderDemo.demoData());
    /** The demo region whole, a township-scale view, and a view that cuts two counties at its edges. */
    private static final List<Viewport> VIEWS = List.of(
            Viewport.fit(RenderDemo.REGION, 1200, 900),
            Viewport.fit(new Envelope(112.76, 112.86, 27.66, 27.74), 1000, 700),
            Viewport.fit(new Envelope(112.55, 112.85, 27.62, 27.85), 900, 600),
            Viewport.fit(new Envelope(112.76, 112.86, 27.66, 27.74), 600, 400, 2));

    @Test
    void labelsOfAViewNeverOverlapStayInsideAndNameEachFeatureOnce() {
        for (Viewport vp : VIEWS) {
            List<PlacedLabel> labels = ViewportLabels.place(DEMO, vp);
            assertFalse(labels.isEmpty(), "no labels placed in " + vp);
            Rectangle2D image = new Rectangle2D.Double(0, 0, vp.imageWidth(), vp.imageHeight());
            Set<String> features = new HashSet<>();
            for (int i = 0; i < labels.size(); i++) {
                PlacedLabel a = labels.get(i);
                assertTrue(image.contains(a.box()), "label " + a + " reaches outside " + vp);
                assertTrue(features.add(a.layer() + "/" + a.featureId()), "feature labelled twice in " + vp + ": " + a);
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(a.box().intersects(labels.get(j).box()), "labels overlap in " + vp + ": " + a + " and " + labels.get(j));
                }
            }
        }
    }

    // ---- label scale (issue 8: a 4K wall is read from across the room)

    @Test
    void scaledLabelsAreLargerAndStillNeverOverlap() {
        double k = 1.8;
        for (Viewport vp : VIEWS) {
            List<PlacedLabel> plain = ViewportLabels.place(DEMO, vp);
            List<PlacedLabel> big = ViewportLabels.place(DEMO, vp, k);
            assertFalse(big.isEmpty(), "no scaled labels placed in " + vp);
            Rectangle2D image = new Rectangle2D.Double(0, 0, vp.imageWidth(), vp.imageHeight());
            int compared = 0;
            for (int i = 0; i < big.size(); i++) {
                PlacedLabel a = big.get(i);
                assertTrue(image.contains(a.box()), "scaled label " + a + " reaches outside " + vp);
                for (int j = i + 1; j < big.size(); j++) {
                    assertFalse(a.box().intersects(big.get(j).box()), "scaled labels overlap in " + vp + ": " + a + " and " + big.get(j));
                }
                PlacedLabel same = plain.stream().filter(p -> p.layer().equals(a.layer()) && p.text().equals(a.text()))
                        .findFirst().orElse(null);
                if (same == null) continue;   // crowded out at 1×, or placed only at 1.8×: nothing to compare
                compared++;
                assertEquals(same.fontSize() * k, a.fontSize(), 1e-9, "font size of " + a.text());
                assertEquals(same.haloWidth() * k, a.haloWidth(), 1e-9, "halo width of " + a.text());
                assertEquals(same.box().getWidth() * k, a.box().getWidth(), same.box().getWidth() * 0.08,
                        "collision box of " + a.text() + " grows with its text");
                assertEquals(same.box().getHeight() * k, a.box().getHeight(), same.box().getHeight() * 0.08,
                        "collision box height of " + a.text());
            }
            assertTrue(compared > 0, "no label placed at both scales in " + vp);
        }
    }

    @Test
    void aScaleOfOnePlacesExactlyTheUnscaledLabels() {
        for (Viewport vp : VIEWS) assertEquals(ViewportLabels.place(DEMO, vp), ViewportLabels.place(DEMO, vp, 1));
        LabelLayout layout = new LabelLayout();
        assertEquals(ViewportLabels.place(DEMO, VIEWS.get(1), 1.8), layout.place(DEMO, VIEWS.get(1), 1.8),
                "the interactive layout scales as ViewportLabels does");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ViewportLabels.place(DEMO, VIEWS.get(1), 0));
    }

    @Test
    void eachCountyIsNamedOnceInAViewSpanningManyTiles() {
        Viewport vp = VIEWS.get(0);
        assertTrue(vp.zoom() > 9, "the view should span several 256-px tiles, zoom " + vp.zoom());
        List<String> counties = ViewportLabels.place(DEMO, vp).stream().filter(l -> l.layer().equals("county"))
                .map(PlacedLabel::text).sorted().toList();
        assertEquals(List.of("湘乡市", "湘潭县", "雨湖区"), counties, "each county name once");
    }

    @Test
    void placesWhatASingleImageRenderOfTheSameViewDraws() {
        MapRenderer renderer = new MapRenderer();
        for (Viewport vp : VIEWS) {
            List<PlacedLabel> drawn = renderer.render(DEMO, vp).labels();
            List<PlacedLabel> placed = ViewportLabels.place(DEMO, vp);
            assertEquals(drawn.stream().map(PlacedLabel::text).toList(), placed.stream().map(PlacedLabel::text).toList(),
                    "the overlay and `onemap render` should choose the same labels in " + vp);
            for (int i = 0; i < drawn.size(); i++) {
                assertEquals(drawn.get(i).box(), placed.get(i).box(), "box of " + drawn.get(i).text() + " in " + vp);
            }
        }
    }

    @Test
    void carriesTheStyleInDevicePixels() {
        Viewport vp = VIEWS.get(3);
        PlacedLabel village = ViewportLabels.place(DEMO, vp).stream().filter(l -> l.layer().equals("village")).findFirst()
                .orElseThrow(() -> new AssertionError("no village label at 1:" + (int) vp.scaleDenominator()));
        var style = DefaultStyles.forLayer("village").label();
        assertEquals(style.fontSize() * 2, village.fontSize(), 1e-9, "font size at pixel ratio 2");
        assertEquals(style.haloWidth() * 2, village.haloWidth(), 1e-9, "halo width at pixel ratio 2");
        assertEquals(style.color(), village.color());
        assertEquals(style.halo(), village.halo());
        assertEquals(village.box().getCenterX(), village.x(), 1e-6, "text centred in its box");
        assertEquals(1.0, village.opacity());
    }

    @Test
    void readsOnlyLayersWhoseLabelsShowAtTheViewsScale() {
        MemoryDataSource ds = RenderDemo.demoData();
        AtomicInteger parcelReads = new AtomicInteger();
        AtomicInteger villageReads = new AtomicInteger();
        AtomicInteger countyReads = new AtomicInteger();
        List<RenderLayer> layers = new ArrayList<>();
        for (RenderLayer l : RenderLayers.of(ds)) {
            AtomicInteger counter = switch (l.name()) {
                case "parcel" -> parcelReads;
                case "village" -> villageReads;
                case "county" -> countyReads;
                default -> new AtomicInteger();
            };
            layers.add(l.withSource(LabelLayoutTest.counting(l.source(), counter)));
        }
        Viewport far = VIEWS.get(0);
        assertTrue(far.scaleDenominator() > DefaultStyles.forLayer("village").label().maxScaleDenominator());
        ViewportLabels.place(layers, far);
        assertEquals(0, parcelReads.get(), "parcels have no label: their layer must not be read");
        assertEquals(0, villageReads.get(), "village names are hidden at 1:" + (int) far.scaleDenominator() + ": not read");
        assertEquals(1, countyReads.get(), "county names show at every scale: read once");
    }

    @Test
    void hiddenOrTransparentLayersHaveNoLabels() {
        List<RenderLayer> layers = new ArrayList<>();
        for (RenderLayer l : DEMO) {
            if (l.name().equals("county")) layers.add(l.withVisible(false));
            else if (l.name().equals("township")) layers.add(l.withOpacity(0));
            else layers.add(l);
        }
        List<PlacedLabel> labels = ViewportLabels.place(layers, VIEWS.get(1));
        assertTrue(labels.stream().noneMatch(l -> l.layer().equals("county") || l.layer().equals("township")),
                "labels of hidden layers: " + labels);
    }

    @Test
    void tilesRenderedWithoutLabelsPlaceNone() {
        Viewport tile = Viewport.ofTile(12, 3331, 1718, 1);
        assertFalse(new MapRenderer().render(DEMO, tile, RenderOptions.tile()).labels().isEmpty(),
                "the test tile should hold labels when they are on");
        assertTrue(new MapRenderer().render(DEMO, tile, RenderOptions.tile().withLabels(false)).labels().isEmpty());
        try (VectorTileRenderer r = new VectorTileRenderer(DEMO, 1, new org.onemap.map.tiles.TileCache(1 << 20),
                RenderOptions.tile().withLabels(false))) {
            assertFalse(r.options().labels(), "the tile renderer keeps the options it was made with");
            assertTrue(r.options().tiled());
        }
    }
}
