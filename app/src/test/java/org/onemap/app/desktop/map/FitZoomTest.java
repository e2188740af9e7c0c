package org.onemap.app.desktop.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitZoomTest {
    @Test
    void fractionalZoomIsKeptUnlessWholeLevelsAreAsked() {
        assertEquals(12.3, MapPane.fitZoom(12.3, false), 1e-12);
    }

    @Test
    void wholeLevelIsTheDeepestAtWhichTheBoxStillFitsTheView() {
        // 90 % of the view at 12.3: at 13 the box would be 1.62 times the view, at 12 it fills 73 %
        assertEquals(12, MapPane.fitZoom(12.3, true), 1e-12);
        // 90 % of the view at 12.9: at 13 the box fills 96 % of the view, still whole, only the margin is lost
        assertEquals(13, MapPane.fitZoom(12.9, true), 1e-12);
        // exactly the level where it fills the view
        assertEquals(13, MapPane.fitZoom(13 - Math.log(1 / 0.9) / Math.log(2), true), 1e-12);
        assertEquals(7, MapPane.fitZoom(7.0, true), 1e-12);
    }
}
