package org.onemap.app.desktop.extrude;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Guards of the {@code xvfb3d} test category: JavaFX 3D needs a real X display (xvfb-run) and the es2
 * pipeline (Mesa llvmpipe). Without them each test is skipped with the reason, unless {@code CI=true},
 * where they fail: CI must run them (.ci/run wraps the build in xvfb-run).
 */
final class Xvfb3d {
    static final String TAG = "xvfb3d";

    private Xvfb3d() {}

    /** Before the toolkit starts: why there is no X display, or null when there is one. */
    static String noDisplay() {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank()
                ? "no X display (DISPLAY unset): run under xvfb-run -a -s \"-screen 0 1920x1080x24\"" : null;
    }

    /** After the toolkit started: why it cannot draw 3D, or null when it can. */
    static String noScene3d() {
        return Platform.isSupported(ConditionalFeature.SCENE3D) ? null
                : "JavaFX reports no SCENE3D on DISPLAY=" + System.getenv("DISPLAY")
                        + " (needs -Dprism.order=es2,sw -Dprism.forceGPU=true and libgl1-mesa-dri)";
    }

    /**
     * Fails when CI=true, else skips the current test with {@code why}; does nothing for null. Call from
     * {@code @BeforeEach}, where JUnit reports the skip per test with its reason (Surefire shows nothing
     * for a class aborted in {@code @BeforeAll}).
     */
    static void skipUnless(String why) {
        if (why == null) return;
        if (ci()) Assertions.fail(why + " (CI=true: the 3D tests must run)");
        Assumptions.abort(why + " — skipping the 3D test (set CI=true to make this a failure)");
    }

    static boolean ci() { return "true".equalsIgnoreCase(System.getenv("CI")); }
}
