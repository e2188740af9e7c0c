package org.onemap.thematic.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void sequentialRampsRunFromLightToDarkForAnyClassCount() {
        for (Palette p : Palette.all()) {
            if (p.kind() != Palette.Kind.SEQUENTIAL) continue;
            for (int k = 2; k <= 12; k++) {
                List<Color> c = p.colors(k);
                assertEquals(k, c.size());
                for (int i = 1; i < k; i++) {
                    assertTrue(luminance(c.get(i)) < luminance(c.get(i - 1)), p + " k=" + k + " colour " + i + " is not darker than " + (i - 1));
                }
            }
        }
    }

    @Test
    void sequentialEndsAreTheColorBrewerEnds() {
        List<Color> c = Palette.BLUES.colors(5);
        assertEquals(new Color(0xf7fbff), c.get(0));
        assertEquals(new Color(0x08306b), c.get(4));
    }

    @Test
    void divergingOddCountKeepsTheNeutralMiddle() {
        assertEquals(new Color(0xffffbf), Palette.RD_YL_BU.colors(5).get(2));
        assertEquals(new Color(0xf5f5f5), Palette.BR_BG.colors(7).get(3));
    }

    @Test
    void qualitativeHuesAreDistinctAndLimited() {
        List<Color> c = Palette.OKABE_ITO.colors(8);
        assertEquals(8, new HashSet<>(c).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Palette.OKABE_ITO.colors(9));
        assertTrue(e.getMessage().contains("at most 8"), e.getMessage());
    }

    @Test
    void palettesAreFoundByName() {
        assertEquals(Palette.YL_GN, Palette.named("ylgn"));
        assertThrows(IllegalArgumentException.class, () -> Palette.named("Jet"));
        assertThrows(IllegalArgumentException.class, () -> Palette.BLUES.colors(0));
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
