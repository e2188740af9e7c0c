package org.onemap.thematic.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.MapRenderer;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.TestLayers;
import org.onemap.thematic.classify.JenksNaturalBreaks;
import org.onemap.thematic.normalise.Normalisation;
import org.onemap.thematic.normalise.PerArea;
import org.onemap.thematic.palette.Palette;

class ChoroplethAndCategoricalMapTest {
    private static final Envelope VIEW = new Envelope(112.0, 112.5, 27.6, 27.9);

    /** Five 0.08°-wide squares in a row; widths vary so per-area rates differ from raw values. */
    private static FeatureSource towns(Double... values) {
        List<Feature> fs = new ArrayList<>();
        double[] widths = {0.08, 0.08, 0.08, 0.08, 0.08};
        for (int i = 0; i < values.length; i++) {
            double x = 112.02 + i * 0.095;
            Map<String, Object> a = new HashMap<>();
            a.put("name", "t" + i);
            a.put("crop", i < 3 ? "水稻" : i == 3 ? "湘莲" : "茶叶");
            if (values[i] != null) a.put("output", values[i]);
            fs.add(TestLayers.feature(TestLayers.box(x, 27.7, x + widths[i], 27.7 + (i == 4 ? 0.16 : 0.08)), a));
        }
        return TestLayers.layer("town", GeometryKind.POLYGON,
                List.of(FieldDef.of("name", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("output", FieldType.DOUBLE)), fs);
    }

    private static BufferedImage render(RenderLayer layer, Viewport vp) {
        return new MapRenderer().render(List.of(layer), vp, new RenderOptions(Color.WHITE, false, false)).image();
    }

    private static int centreOf(BufferedImage img, Viewport vp, int i, double lat) {
        double lon = 112.02 + i * 0.095 + 0.04;
        return img.getRGB((int) Math.round(vp.toPixelX(lon)), (int) Math.round(vp.toPixelY(lat))) & 0xFFFFFF;
    }

    @Test
    void fillsEachPolygonWithItsClassColourAndNullsGrey() {
        FeatureSource towns = towns(1.0, 2.0, 10.0, 11.0, null);
        ChoroplethMap map = ChoroplethMap.of(towns, new ChoroplethMap.Spec("output", Normalisation.NONE,
                new JenksNaturalBreaks(), 2, Palette.BLUES, "产值"), Locale.ROOT);
        assertArrayEquals(new double[] {1, 2, 11}, map.breaks().breaks(), 0);
        assertEquals(List.of(2L, 2L), map.legend().entries().stream().map(e -> e.count()).toList());
        Viewport vp = Viewport.fit(VIEW, 500, 300);
        BufferedImage img = render(map.layer(), vp);
        List<Color> blues = Palette.BLUES.colors(2);
        int[] expected = {blues.get(0).getRGB(), blues.get(0).getRGB(), blues.get(1).getRGB(), blues.get(1).getRGB(), ChoroplethMap.NO_DATA.getRGB()};
        for (int i = 0; i < 5; i++) {
            assertEquals(Integer.toHexString(expected[i] & 0xFFFFFF), Integer.toHexString(centreOf(img, vp, i, 27.74)),
                    "town " + i + " centre pixel");
        }
    }

    @Test
    void perMuNormalisationRanksTheBigTownByDensityNotTotal() {
        // town 4 is twice the area: 20 over twice the area is about the rate of 10 over one; raw, 20 stands alone
        FeatureSource towns = towns(1.0, 1.0, 10.0, 10.0, 20.0);
        ChoroplethMap raw = ChoroplethMap.of(towns, new ChoroplethMap.Spec("output", Normalisation.NONE,
                new JenksNaturalBreaks(), 3, Palette.YL_GN, null), Locale.ROOT);
        ChoroplethMap perMu = ChoroplethMap.of(towns, new ChoroplethMap.Spec("output", PerArea.perMu(),
                new JenksNaturalBreaks(), 2, Palette.YL_GN, null), Locale.ROOT);
        assertEquals(List.of(2L, 2L, 1L), raw.legend().entries().stream().map(e -> e.count()).toList(), raw.breaks()::toString);
        // per mu, town 4 joins towns 2 and 3 (rates differ only by latitude's effect on area)
        assertEquals(List.of(2L, 3L), perMu.legend().entries().stream().map(e -> e.count()).toList(), perMu.breaks()::toString);
    }

    @Test
    void categoricalMapColoursByValueMostFrequentFirst() {
        FeatureSource towns = towns(1.0, 2.0, 3.0, 4.0, 5.0);
        CategoricalMap map = CategoricalMap.of(towns, "crop", Palette.OKABE_ITO, "作物");
        assertEquals(List.of("水稻", "湘莲", "茶叶"), map.legend().entries().stream().map(e -> e.label()).toList());
        assertEquals(List.of(3L, 1L, 1L), map.legend().entries().stream().map(e -> e.count()).toList());
        Viewport vp = Viewport.fit(VIEW, 500, 300);
        BufferedImage img = render(map.layer(), vp);
        List<Color> hues = Palette.OKABE_ITO.colors(3);
        assertEquals(hues.get(0).getRGB() & 0xFFFFFF, centreOf(img, vp, 0, 27.74));
        assertEquals(hues.get(1).getRGB() & 0xFFFFFF, centreOf(img, vp, 3, 27.74));
        assertEquals(hues.get(2).getRGB() & 0xFFFFFF, centreOf(img, vp, 4, 27.8));
    }
}
