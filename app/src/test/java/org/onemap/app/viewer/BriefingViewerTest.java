package org.onemap.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.briefing.Briefing;
import org.onemap.app.briefing.BriefingComposer;
import org.onemap.app.briefing.BriefingPackage;
import org.onemap.app.briefing.OpenedBriefing;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The leader viewer on a package opened from the file alone: big next/previous, keys, clamped ends, sharp re-draw. */
@ExtendWith(ApplicationExtension.class)
class BriefingViewerTest {
    @TempDir
    static Path tmp;

    static Path pkg;

    private BriefingViewer viewer;

    @BeforeAll
    static void export() throws Exception {
        System.setProperty(WorkspaceService.SEED_PARCELS_PROPERTY, "800");
        pkg = tmp.resolve("brief" + BriefingPackage.EXTENSION);
        try (H2gisWorkspace ws = WorkspaceService.openOrSeed(tmp.resolve("ws"), s -> { }, true)) {
            Briefing b = new BriefingComposer(ws, Locale.CHINA).compose(null, List.of("overview", "resources"), "tester", LocalDate.now());
            BriefingPackage.write(b, ws, pkg);
        }
    }

    @Start
    void start(Stage stage) {
        viewer = new BriefingViewer(OpenedBriefing.open(pkg));
        stage.setScene(new Scene(viewer.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        viewer.close();
    }

    @Test
    void nextAndPreviousButtonsWalkTheSlidesAndStopAtTheEnds(FxRobot robot) {
        Label title = robot.lookup("#briefing-title").queryAs(Label.class);
        Label position = robot.lookup("#briefing-position").queryAs(Label.class);
        Button previous = robot.lookup("#briefing-previous").queryAs(Button.class);
        Button next = robot.lookup("#briefing-next").queryAs(Button.class);
        assertEquals("1 / 2", position.getText());
        assertTrue(previous.isDisabled(), "no previous slide on the first");
        assertTrue(next.getHeight() >= 72 && next.getWidth() >= 220, "next must be a big, touch-sized button: " + next.getLayoutBounds());

        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("农业资源", title.getText());
        assertEquals("2 / 2", position.getText());
        assertTrue(next.isDisabled(), "the last slide has no next");

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 / 2", position.getText());
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, viewer.deck().index(), "previous on the first slide stays there");
    }

    @Test
    void wheelZoomsWithinTheSlideAndANewSlideStartsWhole(FxRobot robot) {
        ImageView map = robot.lookup("#briefing-map").queryAs(ImageView.class);
        robot.moveTo(map).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (viewer.zoom() == 1) {   // the robot's wheel direction is platform-dependent
            robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(viewer.zoom() > 1, "the wheel must zoom in");
        for (int i = 0; i < 10; i++) WaitForAsyncUtils.asyncFx(() -> viewer.zoomBy(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, viewer.zoom(), 1e-9, "zoom stops at 4x");
        javafx.geometry.Rectangle2D v = map.getViewport();
        double w = map.getImage().getWidth();
        double h = map.getImage().getHeight();
        assertTrue(v != null && v.getMinX() >= 0 && v.getMinY() >= 0 && v.getMaxX() <= w + 1e-6 && v.getMaxY() <= h + 1e-6,
                "the zoomed part must stay inside the slide: " + v + " in " + w + "x" + h);
        robot.clickOn("#briefing-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, viewer.zoom(), 1e-9, "a new slide starts showing its whole view");
        assertEquals(null, map.getViewport());
    }

    @Test
    void slideIsRedrawnSharpFromThePackagedData(FxRobot robot) throws TimeoutException {
        ImageView map = robot.lookup("#briefing-map").queryAs(ImageView.class);
        assertTrue(map.getImage() != null, "the packaged preview shows at once");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(viewer::sharp).get());
        assertTrue(map.getImage().getWidth() > 1067, "the re-draw is sharper than the 1067 px preview: " + map.getImage().getWidth());
        assertFalse(map.getImage().isError());
    }
}
