package org.onemap.app.desktop.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.Test;

/** Tiles of a level above the one shown (Gluon's covering previews, enlarged 2×) are hidden; the shown level is not. */
class CoveringTilesTest {
    private static Region tile(double scale) {
        Region r = new Region();
        r.getTransforms().add(new Scale(scale, scale, 0, 0));
        return r;
    }

    @Test
    void tilesEnlargedFromALevelAboveAreHiddenAndShownAgainWhenTheyAreTheLevelShown() {
        Region exact = tile(1);
        Region betweenLevels = tile(Math.pow(2, 0.79));   // the shown level just before Gluon switches up
        Region shrunk = tile(Math.pow(2, -0.2));
        Region covering = tile(2);
        Region farAbove = tile(8);
        Group baseMap = new Group(exact, betweenLevels, shrunk, covering, farAbove);

        CoveringTiles.update(baseMap);

        assertEquals(1, exact.getOpacity());
        assertEquals(1, betweenLevels.getOpacity());
        assertEquals(1, shrunk.getOpacity());
        assertEquals(0, covering.getOpacity(), "a level-up preview enlarged 2× is not drawn");
        assertEquals(0, farAbove.getOpacity());

        // zoomed back out: the former preview is the level shown again
        ((Scale) covering.getTransforms().get(0)).setX(1);
        CoveringTiles.update(baseMap);
        assertEquals(1, covering.getOpacity());
    }
}
