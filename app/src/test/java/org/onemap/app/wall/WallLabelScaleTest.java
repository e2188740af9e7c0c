package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The wall's map-label scale: from the screen, else the wall config, else -Donemap.wall.labelScale. */
class WallLabelScaleTest {
    private static final Properties NONE = new Properties();
    private static final WallLayout AUTO = WallLayout.defaults();

    @Test
    void growsWithTheScreenFromOneAtDesktopSizesTo1point8At4k() {
        assertEquals(1.8, WallLabelScale.of(3840, 2160, AUTO, NONE), 1e-9);
        assertEquals(1.0, WallLabelScale.of(1920, 1080, AUTO, NONE), 1e-9, "a 1080p wall draws desktop-sized labels");
        assertEquals(1.2, WallLabelScale.of(2560, 1440, AUTO, NONE), 1e-9);
        assertEquals(1.8, WallLabelScale.of(7680, 2160, AUTO, NONE), 1e-9, "two 4K screens side by side are not read from twice as far");
    }

    @Test
    void theWallConfigAndThenTheSystemPropertyOverrideIt() {
        WallLayout twoAndAHalf = new WallLayout(620, true, true, 26, 5, 2.5);
        assertEquals(2.5, WallLabelScale.of(3840, 2160, twoAndAHalf, NONE), 1e-9);
        Properties p = new Properties();
        p.setProperty(WallLabelScale.PROPERTY, "1.4");
        assertEquals(1.4, WallLabelScale.of(3840, 2160, twoAndAHalf, p), 1e-9);
        p.setProperty(WallLabelScale.PROPERTY, "big");
        assertThrows(IllegalArgumentException.class, () -> WallLabelScale.of(3840, 2160, AUTO, p));
        assertThrows(IllegalArgumentException.class, () -> new WallLayout(620, true, true, 26, 5, -1));
    }
}
