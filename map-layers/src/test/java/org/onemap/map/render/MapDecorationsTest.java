package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.memory.MemoryDataSource;

class MapDecorationsTest {
    private static final Envelope AREA = new Envelope(112.5, 113.0, 27.6, 28.0);

    private static MemoryDataSource countiesAndParcels() {
        MemoryDataSource ds = new MemoryDataSource();
        TestMaps.add(TestMaps.layer(ds, "county", GeometryKind.POLYGON, "name"),
                "POLYGON((112.55 27.65, 112.95 27.65, 112.95 27.95, 112.55 27.95, 112.55 27.65))", "name", "湘潭县");
        TestMaps.add(TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop"),
                "POLYGON((112.7 27.7, 112.72 27.7, 112.72 27.72, 112.7 27.72, 112.7 27.7))", "crop", "水稻");
        return ds;
    }

    @Test
    void scaleBarIsARoundLengthMatchingTheGround() {
        for (Viewport vp : List.of(Viewport.fit(AREA, 1600, 1200), Viewport.fit(AREA, 300, 200),
                Viewport.fit(new Envelope(112.80, 112.81, 27.80, 27.81), 1000, 1000, 2), Viewport.ofTile(3, 6, 3, 1))) {
            ScaleBar bar = ScaleBar.forViewport(vp, 160, Locale.CHINA);
            double lead = bar.metres() / Math.pow(10, Math.floor(Math.log10(bar.metres())));
            assertTrue(Math.abs(lead - 1) < 1e-9 || Math.abs(lead - 2) < 1e-9 || Math.abs(lead - 5) < 1e-9,
                    "scale bar length " + bar.metres() + " m is not 1, 2 or 5 × 10^n");
            assertTrue(bar.lengthPx() <= 160 && bar.lengthPx() > 160 / 2.5, "bar of " + bar.lengthPx() + " px for a 160 px budget");
            // Measure the bar's ends, placed across the view's centre, on the ellipsoid.
            double cy = vp.height() / 2.0, cx = vp.width() / 2.0;
            Point2D.Double a = vp.toLonLat(cx - bar.lengthPx() / 2, cy);
            Point2D.Double b = vp.toLonLat(cx + bar.lengthPx() / 2, cy);
            double ground = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
            assertEquals(1, ground / bar.metres(), 0.01, "bar says " + bar.label() + " but spans " + ground + " m at " + vp);
        }
    }

    @Test
    void scaleBarLabelsUseKilometresOrMetresInTheMapLanguage() {
        assertEquals("5 公里", ScaleBar.label(5000, Locale.CHINA));
        assertEquals("500 米", ScaleBar.label(500, Locale.CHINA));
        assertEquals("20 km", ScaleBar.label(20000, Locale.ENGLISH));
        assertEquals("0.5 m", ScaleBar.label(0.5, Locale.ENGLISH));
    }

    @Test
    void drawnScaleBarHasTheComputedLength() {
        Viewport vp = Viewport.fit(AREA, 800, 600, 1.5);
        ComposedMap map = new MapComposer().compose(RenderLayers.of(countiesAndParcels()), vp, MapDecorations.standard());
        DecorationLayout d = map.decorations();
        assertEquals(d.scaleBar().lengthPx() * 1.5, d.scaleBarLine().getWidth(), 1e-6);
        // The bar's first segment is dark ink in the image.
        Rectangle2D line = d.scaleBarLine();
        int c = map.image().getRGB((int) (line.getX() + line.getWidth() / 8), (int) line.getCenterY()) & 0xFFFFFF;
        assertTrue(((c >> 16) & 0xFF) < 80, "first scale bar segment should be dark, got " + Integer.toHexString(c));
        assertEquals(1, vp.metresPerPixel() * d.scaleBar().lengthPx() / d.scaleBar().metres(), 0.01);
    }

    @Test
    void generatedNoteAppearsOnlyWhenAGeneratedLayerIsShown() {
        List<RenderLayer> layers = RenderLayers.of(countiesAndParcels());
        assertTrue(layers.stream().anyMatch(l -> l.name().equals("parcel") && l.generated()), "parcel is a generated layer");
        assertFalse(layers.stream().anyMatch(l -> l.name().equals("county") && l.generated()), "county is real data");
        Viewport vp = Viewport.fit(AREA, 600, 400);
        MapComposer composer = new MapComposer();
        DecorationLayout with = composer.compose(layers, vp, MapDecorations.standard()).decorations();
        assertTrue(with.generatedNote(), "parcels are shown, so the map must say it contains generated data");
        assertNotNull(with.title(), "the note is drawn in the title box");
        List<RenderLayer> realOnly = layers.stream().map(l -> l.name().equals("parcel") ? l.withVisible(false) : l).toList();
        DecorationLayout without = composer.compose(realOnly, vp, MapDecorations.standard()).decorations();
        assertFalse(without.generatedNote(), "no generated layer shown, no note");
        assertNull(without.title(), "no title and no note: no title box");
    }

    @Test
    void legendListsLayerTitlesAndCropCategoriesInTheMapLanguage() {
        List<RenderLayer> layers = RenderLayers.of(countiesAndParcels());
        Viewport vp = Viewport.fit(AREA, 800, 600);
        MapComposer composer = new MapComposer();
        List<String> zh = composer.compose(layers, vp, MapDecorations.standard()).decorations().legendEntries();
        assertTrue(zh.containsAll(List.of("县（市、区）", "耕地地块", "水稻", "湘莲", "柑橘", "其他")), "Chinese legend: " + zh);
        List<String> en = composer.compose(layers, vp, MapDecorations.standard().withLocale(Locale.ENGLISH))
                .decorations().legendEntries();
        assertTrue(en.containsAll(List.of("Counties", "Farmland parcels", "水稻", "Other")), "English legend: " + en);
        List<String> titled = composer.compose(List.of(layers.get(0).withTitle("行政区划"), layers.get(1)), vp,
                MapDecorations.standard()).decorations().legendEntries();
        assertTrue(titled.contains("行政区划"), "a title passed in replaces the standard one: " + titled);
    }

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maps/xiangtan.png");
        new MapComposer().writePng(RenderLayers.of(countiesAndParcels()), AREA, 640, 480,
                MapDecorations.standard().withTitle("湘潭县"), out);
        assertTrue(Files.size(out) > 0);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
    }
}
