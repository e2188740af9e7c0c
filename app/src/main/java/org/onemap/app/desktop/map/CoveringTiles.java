package org.onemap.app.desktop.map;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;

/**
 * Keeps Gluon's covering tiles off screen. While a tile loads, Gluon shows the tile one zoom level up
 * in its place, enlarged 2×. JavaFX's software pipeline (no GPU) resamples every enlarged pixel
 * bilinearly in every frame (it ignores {@code ImageView.setSmooth(false)}), so on a 4K view a
 * screenful of such previews costs more than the tiles themselves in each frame of a fill, and Gluon
 * leaves a preview drawn under its children after they arrived until the view next moves
 * (BENCHMARKS.md, "Interactive pan", session 10). Hidden, a loading tile shows the map's paper until it
 * arrives. A GPU pipeline scales images for free, so there Gluon's previews stay.
 */
final class CoveringTiles {
    /**
     * A tile drawn at this scale or more is a level above the one shown: Gluon shows its own level
     * between 2^-0.2 and 2^0.8 (it switches levels 0.2 before a whole zoom).
     */
    static final double COVERING_SCALE = 1.75;

    private CoveringTiles() {
    }

    /**
     * Whether previews are hidden on this machine: with the software pipeline (no 3D support), unless
     * {@code -Donemap.map.coveringPreview=true} asks for them.
     */
    static boolean hiddenHere() {
        return !Boolean.getBoolean("onemap.map.coveringPreview") && !Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /** From now on, after each layout of the scene {@code baseMap} is in, hides its covering tiles. */
    static void hideIn(Parent baseMap) {
        AfterLayout.run(baseMap, () -> update(baseMap));
    }

    /** Hides (opacity 0: Prism skips the node) each tile drawn enlarged ≥ {@value #COVERING_SCALE}×, shows the others. */
    static void update(Parent baseMap) {
        for (Node tile : baseMap.getChildrenUnmodifiable()) {
            double opacity = scaleOf(tile) >= COVERING_SCALE ? 0 : 1;
            if (tile.getOpacity() != opacity) tile.setOpacity(opacity);
        }
    }

    private static double scaleOf(Node tile) {
        for (Transform t : tile.getTransforms()) {
            if (t instanceof Scale s) return s.getX();
        }
        return 1;
    }
}
