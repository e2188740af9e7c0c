package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onemap.app.desktop.map.LocalBasemap;
import org.onemap.app.wall.dispatch.DispatchLogEntry;
import org.onemap.app.wall.dispatch.Incident;
import org.onemap.app.wall.dispatch.IncidentStatus;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Query;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dispatch on the wall, driven like an operator: open the dispatch tab, pick a new incident, send
 * the nearest unit, mark it on site, close it; the log shows the three steps and the incident layer
 * holds the new status. Writes {@code target/screenshots/wall-dispatch-*.png} to look at.
 */
@ExtendWith(ApplicationExtension.class)
class WallDispatchWorkflowTest {
    private final FakeClock clock = new FakeClock();
    private WallWindow wall;
    private Stage stage;

    @BeforeAll
    static void seedOffTheFxThread() {
        WallSeededWorkspace.get(); // seeding takes longer than TestFX waits for @Start on a busy machine
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path walls = Files.createTempDirectory("onemap-walls-");
        WallConfig config = WallConfig.loadOrCreate(walls, "test", "2468")
                .withPlaylist(List.of(new WallView("governance", null, List.of(), 10)));
        wall = new WallWindow(WallSeededWorkspace.get(), Locale.SIMPLIFIED_CHINESE, config, clock, LocalBasemap.withPixelRatio(1));
        stage.setScene(wall.createScene(1600, 1000));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        onFx(wall::dispose);
    }

    @Test
    void operatorAssignsNearestUnitMarksOnSiteAndClosesAnIncident(FxRobot robot) throws Exception {
        robot.clickOn("调度指挥");
        var vm = wall.dispatch();
        until("the open incidents are listed", () -> !vm.incidents().isEmpty() && !vm.workingProperty().get());
        Incident target = vm.incidents().stream().filter(i -> i.status() == IncidentStatus.NEW).findFirst().orElseThrow();

        @SuppressWarnings("unchecked")
        ListView<Incident> queue = robot.lookup("#dispatchIncidents").queryAs(ListView.class);
        onFx(() -> queue.scrollTo(target));
        Node cell = robot.lookup("#dispatchIncidents .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && target.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(cell);
        until("the nearest available unit is suggested", () -> vm.canAssignProperty().get());
        assertTrue(wall.viewModel().highlight().stream().anyMatch(g -> g.getCoordinate().x == target.lon() && g.getCoordinate().y == target.lat()),
                "the selected incident is highlighted on the map");
        String unit = vm.suggestionProperty().get().unit().name();
        assertTrue(vm.suggestionTextProperty().get().contains(unit), vm.suggestionTextProperty().get());
        snapshot("wall-dispatch-selected.png");

        robot.clickOn("#dispatchAssign");
        until("the incident is assigned", () -> vm.getSelected() != null && vm.getSelected().status() == IncidentStatus.ASSIGNED);
        assertEquals("处理中", layerStatus(target), "assigned shows as 处理中 in the governance theme's layer");
        robot.clickOn("#dispatchArrive");
        until("the unit is on site", () -> vm.getSelected() != null && vm.getSelected().status() == IncidentStatus.ON_SITE);
        robot.clickOn("#dispatchClose");
        until("the incident is closed", () -> vm.getSelected() == null && !vm.workingProperty().get());

        @SuppressWarnings("unchecked")
        ListView<DispatchLogEntry> log = robot.lookup("#dispatchLog").queryAs(ListView.class);
        List<DispatchLogEntry> mine = log.getItems().stream().filter(e -> e.incidentId().equals(target.id())).toList();
        assertEquals(3, mine.size(), "the log shows assign, on site and close: " + log.getItems());
        assertEquals(List.of(IncidentStatus.CLOSED, IncidentStatus.ON_SITE, IncidentStatus.ASSIGNED), mine.stream().map(DispatchLogEntry::to).toList());
        assertTrue(mine.stream().allMatch(e -> unit.equals(e.unitName())), "every step names the unit sent");
        assertTrue(mine.stream().allMatch(e -> !e.who().isBlank()), "every step names the operator");
        assertEquals("已办结", layerStatus(target), "the incident layer holds the closed status");
        assertTrue(vm.incidents().stream().noneMatch(i -> i.id().equals(target.id())), "the closed incident left the queue");
        assertTrue(robot.lookup("#dispatchLog .list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c && c.getText() != null && c.getText().contains("已办结")), "the log is drawn");
        assertTrue(robot.lookup("#dispatchAssign").queryAs(Button.class).isDisabled(), "nothing selected, nothing to assign");
        assertTrue(wall.viewModel().highlight().isEmpty(), "the closed incident is no longer highlighted");
        snapshot("wall-dispatch-closed.png");
    }

    private static Object layerStatus(Incident i) {
        return WallSeededWorkspace.get().layer("incident").list(Query.ALL.and(AttributeFilter.eq("id", i.id()))).get(0).get("status");
    }

    private void snapshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        onFx(() -> img.set(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null)));
        ImageIO.write(img.get(), "png", out.resolve(name).toFile());
    }

    private static void onFx(Runnable r) { WallFxWait.onFx(r); }

    private static void until(String what, BooleanSupplier condition) { WallFxWait.until(what, 60, condition); }
}
