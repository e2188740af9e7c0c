package org.onemap.thematic.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onemap.thematic.classify.Breaks;
import org.onemap.thematic.classify.JenksNaturalBreaks;
import org.onemap.thematic.palette.Palette;

class ThematicLegendTest {
    @Test
    void entriesCarryRangeColourAndCountPerClass() {
        Breaks b = new JenksNaturalBreaks().classify(new double[] {1, 2, 3, 10, 11, 12, 13, 50}, 3);
        ThematicLegend legend = ThematicLegend.of("面积", b, Palette.YL_GN.colors(3), Locale.ROOT);
        assertEquals(3, legend.entries().size());
        assertEquals("1 – 3", legend.entries().get(0).label());
        assertEquals(3, legend.entries().get(0).count());
        assertEquals(4, legend.entries().get(1).count());
        assertEquals(1, legend.entries().get(2).count());
        assertEquals(8, legend.total());
        assertEquals(Palette.YL_GN.colors(3).get(2), legend.entries().get(2).color());
    }

    @Test
    void numbersFollowTheLocale() {
        Breaks b = new JenksNaturalBreaks().classify(new double[] {1234.5, 1500.25, 9876.5}, 2);
        ThematicLegend de = ThematicLegend.of("x", b, Palette.BLUES.colors(2), Locale.GERMANY);
        ThematicLegend zh = ThematicLegend.of("x", b, Palette.BLUES.colors(2), Locale.SIMPLIFIED_CHINESE);
        assertEquals("1.234,5 – 1.500,2", de.entries().get(0).label());
        assertEquals("1,234.5 – 1,500.2", zh.entries().get(0).label());
    }
}
