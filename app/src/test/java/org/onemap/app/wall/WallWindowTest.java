package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.map.LocalBasemap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wall on a real seeded workspace, driven like an operator would, with a hand-moved clock. */
@ExtendWith(ApplicationExtension.class)
class WallWindowTest {
    private final FakeClock clock = new FakeClock();
    private WallWindow wall;
    private boolean unlocked;

    @Start
    void start(Stage stage) throws Exception {
        Path walls = Files.createTempDirectory("onemap-walls-");
        WallConfig config = WallConfig.loadOrCreate(walls, "test", "2468")
                .withPlaylist(List.of(new WallView("resources", null, List.of(), 10), new WallView("environment", null, List.of(), 10)));
        wall = new WallWindow(WallSeededWorkspace.get(), Locale.SIMPLIFIED_CHINESE, config, clock, LocalBasemap.withPixelRatio(1));
        wall.setOnUnlocked(() -> unlocked = true);
        stage.setScene(wall.createScene(1600, 1000));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        onFx(wall::dispose);
    }

    @Test
    void wallOpensWithMapIndicatorPanelsTickerAndClock(FxRobot robot) {
        wall.evaluateRules();
        until("the theme indicators and live counts are shown", () ->
                !wall.viewModel().theme().indicators().items().isEmpty() && !robot.lookup("#wallLive .label").queryAll().isEmpty());
        assertTrue(robot.lookup("#mapPane").tryQuery().map(Node::isVisible).orElse(false), "the map is on the wall");
        assertTrue(robot.lookup("#wallIndicators").tryQuery().isPresent(), "the indicator panel is on the wall");
        assertTrue(robot.lookup("#wallTicker").tryQuery().isPresent(), "the alert ticker is on the wall");
        String time = robot.lookup("#wallClock").queryAs(Label.class).getText();
        assertTrue(time.contains("08:00:00"), "the clock shows the wall clock's time, got '" + time + "'");
        assertEquals("湘潭数字乡村 · 指挥调度中心", robot.lookup("#wallTitle").queryAs(Label.class).getText());
    }

    @Test
    void alertShowsInTickerPausesCarouselAndAcknowledgeResumes(FxRobot robot) {
        Alert flood = new Alert("flood:test", AlertKind.FLOOD_WARNING, "汛情预警：涓水湘潭段水位超警",
                new GeometryFactory().createPoint(new Coordinate(112.9, 27.8)), clock.instant());
        onFx(() -> wall.alerts().raise(flood));
        HBox entries = robot.lookup("#tickerEntries").queryAs(HBox.class);
        assertTrue(entries.getChildren().stream().anyMatch(n -> "flood:test".equals(n.getUserData())), "the ticker lists the alert");
        assertTrue(robot.lookup(".wall-ticker-entry").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("涓水")));
        assertEquals(1, wall.viewModel().highlight().size(), "the alert's feature is flashed on the map");

        clock.advance(60);
        onFx(wall.carousel()::tick);
        assertEquals("resources", wall.carousel().current().moduleId(), "the carousel must hold while the alert is open");

        robot.clickOn(robot.lookup("#tickerEntries .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wall.alerts().isAlarming(), "acknowledged from the ticker");
        assertFalse(wall.alerts().log().get(wall.alerts().log().size() - 1).who().isBlank(), "the operator is logged");
        clock.advance(10);
        onFx(wall.carousel()::tick);
        assertEquals("environment", wall.carousel().current().moduleId(), "after the acknowledgement the carousel moves on");
    }

    @Test
    void aCarouselChangeWipesTheMapAndLiftsTheCurtainOnTheNextView() {
        until("the first view is shown in full", () -> wall.mapInFullView() && wall.map().labelsSettled());
        clock.advance(11);
        onFx(wall.carousel()::tick);
        assertEquals("environment", wall.carousel().current().moduleId());
        until("the curtain is over the map", () -> !wall.mapInFullView());
        until("the next view's theme is on the map", () -> wall.viewModel().theme().active() != null && "environment".equals(wall.viewModel().theme().active().id()));
        until("the curtain has lifted", () -> wall.mapInFullView());
    }

    @Test
    void leavingNeedsTheChordAndTheRightPin(FxRobot robot) {
        Node overlay = robot.lookup("#wallLock").query();
        assertFalse(overlay.isVisible(), "no prompt before the chord");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isVisible(), "Ctrl+Alt+Shift+Q opens the PIN prompt");

        robot.clickOn("#wallPin").write("1111").clickOn("#wallUnlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wall.lock().isLocked(), "a wrong PIN keeps the wall locked");
        assertFalse(unlocked);
        assertFalse(robot.lookup("#wallPinError").queryAs(Label.class).getText().isEmpty(), "the prompt says the PIN was wrong");

        robot.clickOn("#wallPin").write("2468").clickOn("#wallUnlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wall.lock().isLocked());
        assertTrue(unlocked, "the right PIN leaves the wall");
    }

    private static void onFx(Runnable r) { WallFxWait.onFx(r); }

    private static void until(String what, BooleanSupplier condition) { WallFxWait.until(what, 60, condition); }
}
