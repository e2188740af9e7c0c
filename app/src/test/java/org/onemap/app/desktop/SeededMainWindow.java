package org.onemap.app.desktop;

import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window over the shared {@link SeededWorkspace}, opened the one way every desktop GUI test
 * opens it: {@link #show} in a TestFX {@code @Start} (a window per test), or {@link #open} and
 * {@link #close} around a class that shares one window.
 */
final class SeededMainWindow {
    private SeededMainWindow() {}

    /** Shows a Chinese main window of {@code width}×{@code height} on {@code stage}; call on the FX thread. */
    static MainWindow show(Stage stage, int width, int height) {
        return show(stage, Messages.CHINESE, width, height);
    }

    /** As {@link #show(Stage, int, int)} in {@code locale}. */
    static MainWindow show(Stage stage, Locale locale, int width, int height) {
        MainWindow window = MainWindow.create(SeededWorkspace.get(), locale);
        stage.setScene(new Scene(window.root(), width, height));
        stage.show();
        return window;
    }

    /** Shows a Chinese main window on TestFX's primary stage, for a class that shares it (close with {@link #close}). */
    static MainWindow open(int width, int height) throws TimeoutException {
        // seeding takes seconds: off the FX thread; and building the window in one FX call with a long timeout,
        // as TestFX's stage set-up gives up after seconds on a busy machine
        SeededWorkspace.get();
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(180_000, () -> window.set(show(stage, width, height)));
        return window.get();
    }

    /** Disposes a window of {@link #open} (if it was made) and TestFX's stages. */
    static void close(MainWindow window) throws TimeoutException {
        if (window != null) FxWait.onFx(window::dispose);
        FxToolkit.cleanupStages();
    }
}
