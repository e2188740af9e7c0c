package org.onemap.bench;

import java.util.Locale;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The floor under the 4K pan benchmark ({@link PanBenchmark}): the cheapest pan there is, a screen of
 * ready 256 px tile images (the same premultiplied ARGB kind as the map's tiles, no vectors, no labels,
 * nothing to render or load) moved a few pixels every pulse. Its frame time is what JavaFX's pipeline
 * and the display need for one full-screen frame on this machine, whatever the map engine does.
 *
 * <p>usage: FloorBenchmark [steps=300] [stepPx=12]
 */
public final class FloorBenchmark {
    private FloorBenchmark() {}

    public static void main(String[] args) {
        App.arguments = args;
        Application.launch(App.class, args);
    }

    /** The JavaFX side (an inner class: JavaFX on the class path starts without the module check). */
    public static final class App extends Application {
        static String[] arguments = new String[0];
        private static final int TILE = 256;
        private static final int WARM_UP = 60;

        @Override
        public void start(Stage stage) {
            int steps = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 300;
            double stepPx = arguments.length > 1 ? Double.parseDouble(arguments[1]) : 12;
            Rectangle2D screen = Screen.getPrimary().getBounds();
            int w = (int) screen.getWidth();
            int h = (int) screen.getHeight();
            Group tiles = new Group();
            Random rnd = new Random(256);
            for (int y = 0; y < h + TILE; y += TILE) {
                for (int x = 0; x < w + TILE; x += TILE) {
                    ImageView v = new ImageView(tile(rnd));
                    v.setX(x);
                    v.setY(y);
                    tiles.getChildren().add(v);
                }
            }
            stage.setScene(new Scene(new Pane(tiles), w, h));
            stage.show();
            System.out.printf(Locale.ROOT, "floor: %d tiles of %d px on a %dx%d stage, %d steps of %.0f px%n",
                    tiles.getChildren().size(), TILE, w, h, steps, stepPx);
            new AnimationTimer() {
                private final FrameStats frames = new FrameStats();
                private long last;
                private int pulse;
                private ThreadCpu cpu;

                @Override
                public void handle(long now) {
                    if (pulse == WARM_UP) cpu = ThreadCpu.now();
                    if (pulse > WARM_UP) frames.add((now - last) / 1e6);
                    last = now;
                    // whole-pixel moves, wrapped within one tile: the screen stays covered
                    double d = Math.round(pulse * stepPx) % TILE;
                    tiles.setTranslateX(-d);
                    tiles.setTranslateY(-Math.round(pulse * stepPx * 0.5) % TILE);
                    if (++pulse > WARM_UP + steps) {
                        stop();
                        System.out.println("floor pan frames (pulse-to-pulse gap): " + frames.summary() + "; over 16.7 ms: "
                                + frames.over(16.7) + ", over 25 ms: " + frames.over(25));
                        System.out.println("floor CPU per frame: " + ThreadCpu.now().perFrameSince(cpu, steps));
                        Platform.exit();
                    }
                }
            }.start();
        }

        // a tile of coloured blocks: busy enough that no pipeline can treat it as one colour
        private static WritableImage tile(Random rnd) {
            int[] px = new int[TILE * TILE];
            for (int by = 0; by < TILE; by += 16) {
                for (int bx = 0; bx < TILE; bx += 16) {
                    int c = 0xff000000 | rnd.nextInt(0x1000000);
                    for (int y = by; y < by + 16; y++) java.util.Arrays.fill(px, y * TILE + bx, y * TILE + bx + 16, c);
                }
            }
            WritableImage img = new WritableImage(TILE, TILE);
            img.getPixelWriter().setPixels(0, 0, TILE, TILE, PixelFormat.getIntArgbPreInstance(), px, 0, TILE);
            return img;
        }
    }
}
