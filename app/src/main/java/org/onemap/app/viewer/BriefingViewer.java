package org.onemap.app.viewer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.onemap.app.briefing.OpenedBriefing;
import org.onemap.app.briefing.SlideImages;

/**
 * The leader's read-only briefing viewer: one slide at a time, filling the screen, with big
 * touch-sized previous/next buttons and the arrow, Page and space keys; wheel or pinch zooms (1–4×)
 * and dragging pans, never beyond the slide's view. The packaged preview shows at
 * once; the slide is then re-drawn sharper from the packaged data off the FX thread (no workspace,
 * no network). Nothing can be edited.
 */
public final class BriefingViewer {
    /** Print resolution of the sharper re-draw: 1.5× the preview, enough for a 1080p projector. */
    private static final int SHARP_DPI = 144;

    private final SlideDeck deck;
    private final SlideImages images;
    private final boolean english;
    private final BorderPane root = new BorderPane();
    private final ImageView map = new ImageView();
    private final Label title = new Label();
    private final Label position = new Label();
    private final Button previous;
    private final Button next;
    private final ExecutorService drawing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "briefing-slide-render");
        t.setDaemon(true);
        return t;
    });
    private int shown = -1;
    private int sharp = -1;
    private double zoom = 1;
    private double centreX = 0.5;   // centre of what is shown, as a fraction of the slide
    private double centreY = 0.5;
    private double dragX;
    private double dragY;

    public BriefingViewer(OpenedBriefing briefing) {
        this.deck = new SlideDeck(briefing);
        Locale locale = Locale.forLanguageTag(briefing.briefing().locale());
        this.english = locale.getLanguage().equals("en");
        this.images = new SlideImages(briefing.data(), locale);
        previous = bigButton(english ? "◀  Previous" : "◀  上一页", "briefing-previous");
        next = bigButton(english ? "Next  ▶" : "下一页  ▶", "briefing-next");
        previous.setOnAction(e -> go(deck.previous()));
        next.setOnAction(e -> go(deck.next()));

        title.setId("briefing-title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold; -fx-text-fill: white;");
        position.setId("briefing-position");
        position.setStyle("-fx-font-size: 22px; -fx-text-fill: white;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(16, title, gap, position);
        top.setPadding(new Insets(12, 24, 12, 24));
        top.setAlignment(Pos.CENTER_LEFT);

        map.setId("briefing-map");
        map.setPreserveRatio(true);
        map.setSmooth(true);
        StackPane centre = new StackPane(map);
        centre.setMinSize(0, 0);
        map.fitWidthProperty().bind(centre.widthProperty());
        map.fitHeightProperty().bind(centre.heightProperty());

        centre.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) zoomBy(e.getDeltaY() > 0 ? 1.25 : 0.8);
            e.consume();
        });
        centre.addEventHandler(ZoomEvent.ZOOM, e -> zoomBy(e.getZoomFactor()));
        centre.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> { dragX = e.getX(); dragY = e.getY(); });
        centre.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double shown = map.getBoundsInParent().getWidth();
            if (shown > 0 && zoom > 1) {
                centreX -= (e.getX() - dragX) / shown / zoom;
                centreY -= (e.getY() - dragY) / map.getBoundsInParent().getHeight() / zoom;
                applyZoom();
            }
            dragX = e.getX();
            dragY = e.getY();
        });

        HBox bottom = new HBox(24, previous, next);
        bottom.setAlignment(Pos.CENTER);
        bottom.setPadding(new Insets(12));

        root.setTop(top);
        root.setCenter(centre);
        root.setBottom(bottom);
        root.setStyle("-fx-background-color: #1d2b36;");
        // on the scene, not the root: with no focus owner (the buttons take no focus) keys target the scene
        root.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) was.removeEventFilter(KeyEvent.KEY_PRESSED, this::key);
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        });
        show();
    }

    public Parent root() { return root; }

    public SlideDeck deck() { return deck; }

    /** Whether the current slide shows the sharp re-draw from the packaged data (not only the preview). */
    public boolean sharp() { return sharp == deck.index(); }

    /** Current zoom factor, 1 (whole view) to 4. */
    public double zoom() { return zoom; }

    /** Zooms by {@code factor} about the centre of what is shown, within 1–4× of the slide's view. */
    public void zoomBy(double factor) {
        zoom = Math.max(1, Math.min(4, zoom * factor));
        applyZoom();
    }

    /** Shows the part of the slide image around the centre at the zoom, clamped to the image (the view's bounds). */
    private void applyZoom() {
        Image img = map.getImage();
        if (img == null || zoom <= 1.0001) {
            zoom = 1;
            centreX = 0.5;
            centreY = 0.5;
            map.setViewport(null);
            return;
        }
        double w = img.getWidth() / zoom;
        double h = img.getHeight() / zoom;
        centreX = Math.max(0.5 / zoom, Math.min(1 - 0.5 / zoom, centreX));
        centreY = Math.max(0.5 / zoom, Math.min(1 - 0.5 / zoom, centreY));
        map.setViewport(new Rectangle2D(centreX * img.getWidth() - w / 2, centreY * img.getHeight() - h / 2, w, h));
    }

    /** Stops the background drawing thread. */
    public void close() {
        drawing.shutdownNow();
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN || k == KeyCode.SPACE || k == KeyCode.DOWN) go(deck.next());
        else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP || k == KeyCode.UP) go(deck.previous());
        else if (k == KeyCode.HOME) { deck.first(); go(true); }
        else if (k == KeyCode.END) { deck.last(); go(true); }
        else return;
        e.consume();
    }

    private void go(boolean moved) {
        if (moved) show();
    }

    private void show() {
        int i = deck.index();
        if (i == shown) return;
        shown = i;
        title.setText(deck.current().title());
        position.setText(deck.position());
        previous.setDisable(!deck.hasPrevious());
        next.setDisable(!deck.hasNext());
        zoom = 1;
        map.setImage(new Image(new ByteArrayInputStream(deck.briefing().preview(i))));
        applyZoom();
        drawing.submit(() -> {
            BufferedImage img = images.image(deck.slides().get(i), SHARP_DPI);
            Platform.runLater(() -> {
                if (deck.index() != i) return;   // the leader has moved on
                map.setImage(SwingFXUtils.toFXImage(img, null));
                applyZoom();   // same part of the slide, now sharp
                sharp = i;
            });
        });
    }

    private static Button bigButton(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinSize(220, 72);
        b.setFocusTraversable(false);
        b.setStyle("-fx-font-size: 26px; -fx-background-radius: 12;");
        return b;
    }
}
