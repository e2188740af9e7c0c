package org.onemap.app.desktop;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.onemap.app.desktop.map.MapPane;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for FX-side conditions without sleeping a fixed time. (Monocle's headless screen is 1280×800
 * unless {@code headless.geometry} says otherwise; the parent POM's {@code gui.argLine} makes it
 * 1920×1200 so the 1600×1000 window fits.)
 */
final class FxWait {
    private FxWait() {}

    /** Waits until {@code condition}, evaluated on the FX thread, holds; fails with {@code what} after 60 s. */
    static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after 60 s waiting until " + what, e);
        }
    }

    /** Waits until the map shows tiles and none is still loading. */
    static void tilesLoaded(MapPane map) {
        until("the map's tiles are drawn (Gluon tiles showing, none loading)",
                () -> map.tilesShown() > 0 && map.tilesLoading() == 0);
    }

    /** Waits until the map's labels are laid out for what it shows now. */
    static void labelsPlaced(MapPane map) {
        until("the map labels are laid out for the current view", map::labelsSettled);
    }

    static void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(30_000, r);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
