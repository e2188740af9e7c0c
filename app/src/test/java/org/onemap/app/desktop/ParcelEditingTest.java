package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.onemap.app.desktop.edit.EditViewModel;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.edit.measure.LiveMeasure;
import org.onemap.core.edit.snap.SnapKind;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 7 end to end, through the mouse and keyboard in the main window on a real seeded H2GIS
 * workspace: draw a parcel next to a neighbour with one corner snapped onto the neighbour's corner,
 * read its area in mu, fill and validate the attribute form, save, undo and redo.
 */
@ExtendWith({SeededWorkspace.SeedFirst.class, ApplicationExtension.class})
class ParcelEditingTest {
    private static final String CODE = "430321-012-99901";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = SeededMainWindow.show(stage, 1500, 950);
    }

    @AfterEach
    void tearDown() {
        FxWait.onFx(window::dispose);
    }

    @Test
    void drawsASnappedParcelShowsItsMuValidatesTheFormSavesUndoesAndRedoes(FxRobot robot) throws Exception {
        EditViewModel edit = window.viewModel().edit();
        FeatureSource parcels = SeededWorkspace.get().layer("parcel");
        FxWait.tilesLoaded(window.map());
        robot.clickOn("#toolEdit");
        FxWait.until("the edit panel is shown", () -> window.editPanel().getScene() != null);
        robot.clickOn("#editStart");
        FxWait.until("editing parcels", edit::isEditing);

        // a parcel with free ground east of its easternmost corner
        Feature neighbour = null;
        Envelope free = null;
        List<Feature> all = parcels.list(Query.ALL);
        STRtree index = new STRtree();
        all.forEach(f -> index.insert(f.geometry().getEnvelopeInternal(), f));
        for (Feature f : all) {
            Envelope e = f.geometry().getEnvelopeInternal();
            Coordinate v = eastCorner(f);
            Envelope box = new Envelope(v.x, v.x + 2.5 * e.getWidth(), v.y - 1.2 * e.getHeight(), v.y + 1.2 * e.getHeight());
            Envelope margin = new Envelope(box);
            margin.expandBy(e.getWidth() * 0.3);
            @SuppressWarnings("unchecked")
            List<Feature> near = index.query(margin);
            if (near.stream().allMatch(p -> p.id().equals(f.id()))) {
                neighbour = f;
                free = box;
                break;
            }
        }
        assertNotNull(neighbour, "no seeded parcel has free ground to its east");
        Coordinate corner = eastCorner(neighbour);
        Envelope view = new Envelope(free);
        view.expandToInclude(neighbour.geometry().getEnvelopeInternal());
        Envelope zoom = view;
        FxWait.onFx(() -> window.map().zoomTo(zoom));
        FxWait.tilesLoaded(window.map());
        FxWait.until("the snap index covers the view", () -> edit.snapReadyProperty().get()
                && window.map().viewportNow().lonLatBounds().contains(zoom));

        // four corners: the first 4 px right and 3 px up of the neighbour's corner (within the 10 px tolerance)
        Point2D v = window.map().toPixel(corner.x, corner.y);
        Point2D[] local = {
            v.add(4, -3),
            pixel(free.getMinX() + 0.8 * free.getWidth(), corner.y + 0.45 * free.getHeight()),
            pixel(free.getMinX() + 0.9 * free.getWidth(), corner.y - 0.4 * free.getHeight()),
            pixel(free.getMinX() + 0.35 * free.getWidth(), corner.y - 0.45 * free.getHeight())};
        Point2D[] screen = Arrays.stream(local).map(p -> round(window.map().localToScreen(p))).toArray(Point2D[]::new);

        // the snapped corner last, so the picture shows the polygon closing onto the cue
        robot.clickOn(screen[1]).clickOn(screen[2]).clickOn(screen[3]).moveTo(screen[0]);
        FxWait.until("a vertex snap cue under the pointer", () -> window.editController().cueShown() != null
                && window.editController().cueShown().kind() == SnapKind.VERTEX);
        FxWait.until("the rubber band follows the pointer", () -> edit.sketchVertices().size() == 3
                && edit.sketchProperty().get() != null && edit.sketchProperty().get().getNumPoints() == 5);
        snapshot(window.root().getScene(), "edit-drawing-snap.png");
        robot.doubleClickOn(MouseButton.PRIMARY);
        FxWait.until("the attribute form opens", () -> window.editPanel().openForm() != null
                && window.editPanel().openForm().isShowing());

        // the area shown, against the ellipsoidal measure of the expected polygon (the snapped corner exactly)
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] ring = {lonLatAt(screen[1]), lonLatAt(screen[2]), lonLatAt(screen[3]), new Coordinate(corner),
            lonLatAt(screen[1])};
        Polygon expected = gf.createPolygon(ring);
        double expectedMu = new LiveMeasure(CrsRegistry.WGS84, Locale.CHINA).measure(expected).mu();
        String shown = robot.lookup("#editMeasureMu").queryAs(Label.class).getText();
        double shownMu = mu(shown);
        assertEquals(expectedMu, shownMu, expectedMu * 0.001, "the panel shows '" + shown + "'");
        assertTrue(expectedMu > 1, "a parcel of a few mu, not a sliver: " + expectedMu);

        // an invalid parcel code is flagged and blocks OK
        Node ok = window.editPanel().openForm().getDialogPane().lookup("#formOk");
        TextField code = (TextField) window.editPanel().openForm().getDialogPane().lookup("#field-parcel_code");
        robot.clickOn(code).write("4303-12-345");
        FxWait.until("OK is disabled for a malformed code", ok::isDisabled);
        String error = window.editPanel().openForm().errorText();
        assertTrue(error.contains("430321-012-00345"), "the form explains the code pattern: " + error);
        FxWait.until("ControlsFX marks the field", () -> code.getStyleClass().contains("error"));
        snapshot(window.editPanel().openForm().getDialogPane().getScene(), "edit-form-invalid.png");
        FxWait.onFx(() -> code.clear());
        robot.clickOn(code).write(CODE);
        FxWait.until("OK is enabled for a valid code", () -> !ok.isDisabled());
        assertFalse(code.getStyleClass().contains("error"), "no error mark on a valid code");
        robot.clickOn(ok);
        FxWait.until("the new parcel is in the session", () -> drawn(edit) != null);

        Feature inSession = drawn(edit);
        assertTrue(Arrays.stream(inSession.geometry().getCoordinates()).anyMatch(c -> c.x == corner.x && c.y == corner.y),
                "the snapped vertex must equal the neighbour's corner exactly: " + corner + " vs " + inSession.geometry());

        robot.clickOn("#editSave");
        FxWait.until("saved", () -> !edit.dirtyProperty().get());
        List<Feature> stored = parcels.list(Query.ALL).stream().filter(f -> CODE.equals(f.get("parcel_code"))).toList();
        assertEquals(1, stored.size(), "the saved parcel is in the workspace");
        assertTrue(stored.get(0).version() >= 1, "stored with a version: " + stored.get(0));
        assertTrue(Arrays.stream(stored.get(0).geometry().getCoordinates()).anyMatch(c -> c.equals2D(corner)),
                "the stored parcel keeps the snapped corner");
        assertEquals(expectedMu, ((Number) stored.get(0).get("area_mu")).doubleValue(), 0.01, "area_mu kept in step");

        robot.clickOn("#editUndo");
        FxWait.until("undo takes the saved parcel back out of the session", () -> drawn(edit) == null);
        assertEquals(1, edit.removedGeometries().size(), "the map masks the parcel until the undo is saved");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxWait.until("Ctrl+Y brings it back", () -> drawn(edit) != null);
        assertTrue(edit.removedGeometries().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until("Ctrl+Z removes it again", () -> drawn(edit) == null);
        robot.clickOn("#editRedo");
        FxWait.until("redo brings it back", () -> drawn(edit) != null);
        assertFalse(edit.dirtyProperty().get(), "undo then redo leaves nothing to save");
    }

    private static Feature drawn(EditViewModel edit) {
        return edit.features().stream().filter(f -> CODE.equals(f.get("parcel_code"))).findFirst().orElse(null);
    }

    private static Coordinate eastCorner(Feature f) {
        return Arrays.stream(f.geometry().getCoordinates()).max(Comparator.comparingDouble((Coordinate c) -> c.x)
                .thenComparingDouble(c -> c.y)).orElseThrow();
    }

    private Point2D pixel(double lon, double lat) {
        return window.map().toPixel(lon, lat);
    }

    private static Point2D round(Point2D p) {
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }

    private Coordinate lonLatAt(Point2D screen) {
        Point2D local = window.map().screenToLocal(screen);
        return window.map().toLonLat(local.getX(), local.getY());
    }

    private static double mu(String text) {
        Matcher m = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?) 亩").matcher(text);
        assertTrue(m.find(), "no area in 亩 in '" + text + "'");
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        AtomicReference<java.awt.image.BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(scene.snapshot(null), null)));
        ImageIO.write(img.get(), "png", out.resolve(name).toFile());
    }
}
