package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.onemap.app.desktop.batch.BatchEditDialog;
import org.onemap.app.desktop.history.FeatureHistoryView;
import org.onemap.app.desktop.history.HistoryActions;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.Query;
import org.onemap.core.history.ChangeOp;
import org.onemap.core.history.FeatureVersion;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.testfx.api.FxRobot;

/**
 * Feature history, map as of a date and batch attribute edit in the main window on the real seeded
 * workspace, driven through menus and buttons; writes {@code target/screenshots/history-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryWindowTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    void open() throws Exception {
        window = SeededMainWindow.open(1400, 900);
        stage = (Stage) window.root().getScene().getWindow();
    }

    @AfterEach
    void closeDialogs() {
        FxWait.onFx(() -> {
            for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w != stage && w instanceof Stage s) s.hide();
            }
            if (window.history().asOf() != null) window.history().asOf().returnToNow();
        });
    }

    @AfterAll
    void close() throws Exception {
        SeededMainWindow.close(window);
    }

    private static FeatureStore parcels() {
        return SeededWorkspace.get().writableLayer("parcel").orElseThrow();
    }

    private static Feature parcel(String id) {
        return parcels().list(Query.ALL).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static void write(Feature f) {
        try (Transaction tx = parcels().begin("规划员")) {
            tx.update(f);
            tx.commit();
        }
    }

    private Feature row(String id) {
        return window.viewModel().table().rows().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private void rowsLoaded() {
        // the workspace is shared by the GUI tests of this JVM: another test may have saved a parcel into it
        long parcels = SeededWorkspace.get().layer("parcel").count(Query.ALL);
        // a big layer's first page: the parcels these tests edit are among its first rows
        long firstPage = Math.min(parcels, org.onemap.app.desktop.table.AttributeTableModel.FIRST_PAGE);
        FxWait.until("parcel rows loaded", () -> !window.viewModel().table().loadingProperty().get()
                && window.viewModel().table().rows().size() == firstPage);
    }

    /** Opens the attribute table's context menu on the row of {@code id} (Monocle sends no menu request on right-click). */
    private void tableMenuOn(FxRobot robot, String id) {
        FxWait.until("the row of parcel " + id + " is on screen", () -> rowNode(robot, id) != null);
        Node row = rowNode(robot, id);
        Point2D local = new Point2D(30, 8);
        Point2D at = row.localToScreen(local);
        robot.interact(() -> row.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                at.getX(), at.getY(), false, null)));
        FxWait.until("the table's context menu is open", () -> robot.lookup(".context-menu").tryQuery().isPresent());
    }

    private static Node rowNode(FxRobot robot, String id) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof Feature f && f.id().equals(id) && r.isVisible()).findFirst().orElse(null);
    }

    private static void shoot(Scene scene, String name) throws Exception {
        Files.createDirectories(SHOTS);
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(scene.snapshot(null), null)));
        ImageIO.write(img.get(), "png", SHOTS.resolve(name).toFile());
    }

    @Test
    void historyOfAParcelEditedTwiceListsThreeVersionsAndDrawsThePickedOne() throws Exception {
        rowsLoaded();
        Feature original = parcel("11");
        write(original.withAttribute("crop", "茶叶"));
        Feature moved = parcel("11");
        write(moved.withGeometry(AffineTransformation.translationInstance(0.0004, 0.0002).transform(moved.geometry()))
                .withAttribute("owner", "新承包户"));
        FxWait.onFx(window.viewModel().table()::reload);
        FxWait.until("the table shows version 3", () -> row("11") != null && row("11").version() == 3);
        FxWait.onFx(() -> window.viewModel().table().selectIds(List.of("11")));

        tableMenuOn(robot, "11");
        robot.clickOn("历史记录…");
        HistoryActions history = window.history();
        FxWait.until("the history window lists the versions", () -> history.historyView() != null
                && history.historyView().timeline().getItems().size() == 3);
        FeatureHistoryView view = history.historyView();
        assertEquals(List.of("修改", "修改"), view.timeline().getItems().stream().skip(1).map(r -> r.operation()).toList(),
                "the seeded version, then the two edits");
        assertTrue(List.of("创建", "导入").contains(view.timeline().getItems().get(0).operation()), "the seeded version first");
        assertEquals("作物：" + original.get("crop") + " → 茶叶", view.timeline().getItems().get(1).changes());
        assertTrue(view.timeline().getItems().get(2).changes().contains("承包户：" + original.get("owner") + " → 新承包户"),
                view.timeline().getItems().get(2).changes());

        robot.clickOn(robot.lookup("#historyTimeline .table-row-cell").nth(0).queryAs(Node.class));
        FxWait.until("the first version is drawn next to the current one", () -> !history.versionOverlay().geometries().isEmpty()
                && history.versionOverlay().geometries().get(0).equalsExact(original.geometry())
                && history.versionOverlay().shapeCount() > 0 && history.currentOverlay().shapeCount() > 0);
        FxWait.until("crop, owner and geometry differ from now", () -> view.diffTable().getItems().stream().filter(d -> d.changed()).count() == 3);
        List<String> styles = robot.lookup("#historyDiff .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).sorted(java.util.Comparator.comparingInt(TableRow::getIndex)).map(r -> ((org.onemap.app.desktop.history.DiffRow) r.getItem()).field() + "=" + r.getStyle()).toList();
        assertTrue(styles.get(0).startsWith("@area=") && styles.get(0).contains("#ffe8b3"), "the geometry row leads, marked: " + styles);
        assertEquals(3, styles.stream().filter(st -> st.contains("#ffe8b3")).count(), "the differing rows are highlighted: " + styles);
        shoot(history.historyStage().getScene(), "history-view.png");
        FxWait.tilesLoaded(window.map());
        shoot(stage.getScene(), "history-map.png");
        FxWait.onFx(history.historyStage()::hide);
        FxWait.until("closing the history clears its overlays", () -> history.versionOverlay().geometries().isEmpty());
    }

    @Test
    void batchEditOfThreeParcelsUpdatesTableAndAuditThenUndoes() throws Exception {
        rowsLoaded();
        List<String> ids = List.of("21", "22", "23");
        List<Object> crops = ids.stream().map(id -> row(id).get("crop")).toList();
        String target = crops.contains("柑橘") ? "蔬菜" : "柑橘";
        FxWait.onFx(() -> window.viewModel().table().selectIds(ids));
        tableMenuOn(robot, "22");
        robot.clickOn("批量修改属性…");
        FxWait.until("the batch dialog is open", () -> robot.lookup("#batchField").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<FieldDef> field = robot.lookup("#batchField").queryAs(ComboBox.class);
        robot.clickOn(field);
        robot.clickOn("作物  (crop)");
        FxWait.until("the crops are offered", () -> robot.lookup("#batchValueChoice").tryQuery().isPresent());
        robot.clickOn("#batchValueChoice .arrow-button");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && target.equals(c.getText()))
                .queryAs(Node.class));
        FxWait.until("the preview counts three parcels", () -> robot.lookup("#batchPreview").queryLabeled().getText().startsWith("将修改 3 个要素"));
        robot.clickOn("#batchApply");
        FxWait.until("the table shows the new crop", () -> ids.stream().allMatch(id -> row(id) != null && target.equals(row(id).get("crop"))));
        for (String id : ids) {
            List<FeatureVersion> v = SeededWorkspace.get().history().orElseThrow().versions("parcel", id);
            FeatureVersion last = v.get(v.size() - 1);
            assertEquals(ChangeOp.UPDATE, last.op(), "the audit shows the update of parcel " + id);
            assertEquals(target, last.changes().get(0).after());
        }
        assertTrue(robot.lookup("#batchResult").queryLabeled().getText().startsWith("已修改 3 个要素"));
        shoot(robot.lookup("#batchApply").query().getScene(), "history-batch.png");

        robot.clickOn("#batchUndo");
        FxWait.until("the table shows the crops as before", () -> ids.stream()
                .allMatch(id -> row(id) != null && crops.get(ids.indexOf(id)).equals(row(id).get("crop"))));
        assertEquals(3 + 0L, parcel("22").version(), "seeded v1, batch v2, undo v3");
    }

    @Test
    void mapAsOfADateShowsTheBannerAndTheOldGeometryThenReturnsToNow() throws Exception {
        rowsLoaded();
        FxWait.tilesLoaded(window.map());
        Feature before = parcel("31");
        Instant then = Instant.now();
        Thread.sleep(30);
        Geometry moved = AffineTransformation.translationInstance(0.002, 0).transform(before.geometry());
        write(before.withGeometry(moved));

        robot.clickOn("视图");
        robot.clickOn("地图时间回溯…");
        FxWait.until("the as-of dialog is open", () -> robot.lookup("#asOfDate").tryQuery().isPresent());
        assertNotNull(robot.lookup("#asOfTime").query());
        shoot(robot.lookup("#asOfTime").query().getScene(), "history-asof-dialog.png");
        int redraws = window.map().redrawsProperty().get();
        // the fields name minutes; the edit happened seconds ago, so pick the exact instant through the model
        FxWait.onFx(() -> {
            assertTrue(window.history().asOf().showAsOf(then), window.history().asOf().errorProperty().get());
            robot.lookup("#asOfDate").query().getScene().getWindow().hide();
        });
        FxWait.until("the banner is shown", () -> window.history().banner().isVisible());
        String banner = window.history().banner().text().getText();
        assertTrue(banner.matches("历史视图 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} — 只读"), banner);
        Feature shown = window.viewModel().mapLayers().layer("parcel").source().list(Query.ALL).stream()
                .filter(f -> f.id().equals("31")).findFirst().orElseThrow();
        assertTrue(shown.geometry().equalsExact(before.geometry()), "the map draws the parcel where it was");
        assertTrue(window.map().redrawsProperty().get() > redraws, "the tiles are drawn again from the past layer");
        assertTrue(window.viewModel().showingPastProperty().get());
        FxWait.onFx(() -> window.viewModel().table().selectIds(List.of("31")));
        tableMenuOn(robot, "31");
        assertTrue(robot.lookup("批量修改属性…").tryQuery().map(n -> n.getParent() != null).orElse(true));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        FxWait.onFx(() -> window.map().zoomTo(before.geometry().getEnvelopeInternal()));
        FxWait.tilesLoaded(window.map());
        shoot(stage.getScene(), "history-asof.png");

        robot.clickOn("#asOfReturnNow");
        FxWait.until("the banner is gone", () -> !window.history().banner().isVisible());
        Feature live = window.viewModel().mapLayers().layer("parcel").source().list(Query.ALL).stream()
                .filter(f -> f.id().equals("31")).findFirst().orElseThrow();
        assertTrue(live.geometry().equalsExact(moved), "back to now, the parcel is where it was moved");
        assertFalse(window.viewModel().showingPastProperty().get());
    }
}
