package org.onemap.bench;

import javafx.application.Application;

/**
 * Starts {@link PanBenchmarkApp}, the interactive 4K map benchmark (a main class that is not itself an
 * {@link Application}, so JavaFX on the class path starts without the launcher's module check).
 *
 * <p>usage: PanBenchmark WORKSPACE [steps=200] [jumps=20] [pixelRatio=0: the app's, max(2, screen)]
 * [startZoom=13] [stepPx=12]
 */
public final class PanBenchmark {
    private PanBenchmark() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: PanBenchmark WORKSPACE [steps] [jumps] [pixelRatio] [startZoom] [stepPx]");
            System.exit(2);
        }
        PanBenchmarkApp.arguments = args;
        Application.launch(PanBenchmarkApp.class, args);
    }
}
