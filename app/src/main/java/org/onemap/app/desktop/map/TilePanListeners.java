package org.onemap.app.desktop.map;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Parent;

/**
 * Takes Gluon's tiles off the base map's pan offset. Each Gluon tile node listens to the base map's
 * zoom and to its translateX and translateY and recomputes its place whenever one changes; but its place
 * (scale and offset inside the base map) depends on the zoom only: a pan moves the base map as a whole.
 * Gluon never removes these listeners and keeps every tile node it made behind a soft reference, so each
 * pan step cost the FX thread one recomputation (with a log message built and dropped) per tile of
 * the session: 43 % of the FX thread during a pan after 200 new views, and a pan frame that grew from
 * 8 to 35 ms over a session (BENCHMARKS.md, "Interactive pan", session 11). The zoom listeners stay.
 *
 * <p>Removal goes through the properties' public {@code removeListener}, which compares with
 * {@code given.equals(registered)}: the key given here equals any {@link WeakInvalidationListener}.
 * Gluon's tiles are the only ones that register those on the base map's translate properties (the
 * desktop registers none; bindings use other listener classes).
 */
final class TilePanListeners {
    private TilePanListeners() {
    }

    /** From now on, after each layout pass (when Gluon makes its new tiles), detaches them from the pan offset. */
    static void detachIn(Parent baseMap) {
        AfterLayout.run(baseMap, () -> detach(baseMap));
    }

    /** Detaches every tile made so far from {@code baseMap}'s translate properties; returns how many listeners went. */
    static int detach(Parent baseMap) {
        return removeAll(baseMap.translateXProperty()) + removeAll(baseMap.translateYProperty());
    }

    private static int removeAll(DoubleProperty translate) {
        TileListenerKey key = new TileListenerKey();
        int removed = 0;
        // one listener per call; new tiles' listeners sit at the end, behind the few others
        do {
            key.matched = false;
            translate.removeListener(key);
            if (key.matched) removed++;
        } while (key.matched);
        return removed;
    }

    /** Equal to a tile's listener, so {@code removeListener} removes that; never registered itself. */
    private static final class TileListenerKey implements InvalidationListener {
        boolean matched;

        @Override
        public void invalidated(Observable observable) {
        }

        @Override
        public boolean equals(Object registered) {
            if (registered instanceof WeakInvalidationListener) matched = true;
            return matched;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
