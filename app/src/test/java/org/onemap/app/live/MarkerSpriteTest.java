package org.onemap.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkerSpriteTest {
    private static final int AMBER = 0xffffb000;
    private static final int INK = 0xff05080d;

    @Test
    void discIsFilledInsideOutlinedAtTheRimAndClearOutside() {
        MarkerSprite s = MarkerSprite.render(MarkerSprite.Shape.DISC, 16, 2, AMBER, INK);
        assertEquals(17, s.size());
        assertEquals(AMBER, s.pixel(8, 8), "centre");
        assertEquals(INK, s.pixel(8, 1), "top rim, inside the 2 px outline");
        assertEquals(0, s.pixel(0, 0), "corner outside the disc");
        assertEquals(0, s.pixel(16, 16), "other corner");
    }

    @Test
    void squareFillsItsCorners() {
        MarkerSprite s = MarkerSprite.render(MarkerSprite.Shape.SQUARE, 12, 2, AMBER, INK);
        assertEquals(INK, s.pixel(1, 1), "a square's corner is outline, a disc's would be empty");
        assertEquals(AMBER, s.pixel(6, 6));
    }

    @Test
    void edgesAreAntialiasedNotJagged() {
        MarkerSprite s = MarkerSprite.render(MarkerSprite.Shape.DISC, 15.5, 2, AMBER, INK);
        long partial = 0;
        for (int y = 0; y < s.size(); y++) {
            for (int x = 0; x < s.size(); x++) {
                int a = s.pixel(x, y) >>> 24;
                if (a > 0 && a < 255) partial++;
            }
        }
        assertTrue(partial > 20, "pixels on the rim are partly covered: " + partial);
    }

    @Test
    void translucentColoursKeepTheirAlphaAndHue() {
        int greyFill = 0x996e7681; // 60 % grey, the stale marker's
        MarkerSprite s = MarkerSprite.render(MarkerSprite.Shape.DISC, 16, 2, greyFill, INK);
        assertEquals(greyFill, s.pixel(8, 8));
        int pre = s.argbPre()[8 * s.size() + 8];
        assertEquals(0x99, pre >>> 24);
        assertEquals(Math.round(0x6e * 0x99 / 255.0), pre >> 16 & 0xff, "red premultiplied by 60 %");
    }
}
