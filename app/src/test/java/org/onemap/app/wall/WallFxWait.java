package org.onemap.app.wall;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for FX-side conditions of the wall's GUI tests without sleeping a fixed time. */
final class WallFxWait {
    private WallFxWait() {}

    /** Waits until {@code condition}, evaluated on the FX thread, holds; fails with {@code what} after {@code seconds}. */
    static void until(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting until " + what, e);
        }
    }

    /** Runs {@code r} on the FX thread and waits for the events it causes. */
    static void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(30_000, r);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
