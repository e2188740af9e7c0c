package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.datasources.postgis.ThrowawayDatabase;
import org.onemap.datasources.sync.ParcelEdits;
import org.onemap.app.desktop.connect.ConnectionDialogViewModel;
import org.onemap.app.desktop.connect.ConnectionStore;
import org.onemap.app.desktop.connect.SecretVault;
import org.onemap.app.desktop.sync.ConflictViewModel;
import org.onemap.app.desktop.sync.SyncViewModel;
import org.onemap.app.desktop.sync.SyncWindow;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSources;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.sync.Side;
import org.onemap.datasources.sync.WorkspaceSync;
import org.onemap.datasources.postgis.PostgisAddress;
import org.onemap.datasources.postgis.PostgisDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sync panel end to end against the real PostgreSQL of the test machine: planner A and planner B
 * (whose workspace the window shows) edit the same parcel; B's 同步 lists the conflict, the table and
 * the map show both sides, B merges per attribute (A's crop and boundary, B's owner), and a second sync
 * finds no conflict while the server holds the merged parcel. Skips without a server unless CI=true.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictResolutionSyncIT {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String CODE = "430321-012-00003";
    private static final LayerSchema PARCEL = new LayerSchema("parcel", GeometryKind.POLYGON, 4326, List.of(
            FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING), FieldDef.of("owner", FieldType.STRING)));

    @TempDir
    Path tmp;
    private Stage stage;
    private MainWindow window;
    private SyncWindow syncWindow;
    private final java.util.List<AutoCloseable> closeLast = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (syncWindow != null) FxWait.onFx(syncWindow.stage()::close);
        if (window != null) FxWait.onFx(window::dispose);
        java.util.Collections.reverse(closeLast);
        for (AutoCloseable c : closeLast) c.close();
        System.clearProperty(ConnectionStore.CONFIG_PROPERTY);
    }

    private static Geometry box(double x0, double x1, double y0, double y1) {
        return GF.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    @Test
    void twoPlannersEditTheSameParcelAndTheConflictIsMergedInThePanel(FxRobot robot) throws Exception {
        ThrowawayDatabase db = ThrowawayDatabase.create();
        closeLast.add(db);
        PostgisAddress address = new PostgisAddress(db.host(), db.port(), db.database(), "postgres", null, null);
        H2gisWorkspace a = H2gisWorkspace.open(tmp.resolve("a"), "planner-a");
        closeLast.add(a);
        FeatureStore layer = a.createLayer(PARCEL);
        try (Transaction tx = layer.begin("planner-a")) {
            for (int i = 0; i < 6; i++) {
                double x = 112.90 + i * 0.002;
                tx.insert(Feature.create(box(x, x + 0.0015, 27.80, 27.8015),
                        Map.of("parcel_code", String.format("430321-012-%05d", i), "crop", "水稻", "owner", "农户" + i)));
            }
            tx.commit();
        }
        PostgisDatabase serverA = PostgisDatabase.open(address, "planner-a");
        closeLast.add(serverA);
        WorkspaceSync syncA = new WorkspaceSync(a, serverA);
        syncA.sync();
        H2gisWorkspace b = H2gisWorkspace.open(tmp.resolve("b"), "planner-b");
        closeLast.add(b);
        try (PostgisDatabase serverB = PostgisDatabase.open(address, "planner-b")) {
            new WorkspaceSync(b, serverB).sync(); // B starts as a replica
        }

        // A: crop 湘莲 and the east edge moved out; B: owner 李四 and the north edge moved out
        Feature pa = ParcelEdits.byCode(a, CODE);
        Geometry aBoundary = box(112.906, 112.9080, 27.80, 27.8015);
        ParcelEdits.write(a, new Feature(pa.id(), aBoundary, pa.attributes(), pa.version()).withAttribute("crop", "湘莲"), "planner-a");
        syncA.sync();
        Feature pb = ParcelEdits.byCode(b, CODE);
        ParcelEdits.write(b, new Feature(pb.id(), box(112.906, 112.9075, 27.80, 27.8022), pb.attributes(), pb.version()).withAttribute("owner", "李四"), "planner-b");

        // B saves the connection in the dialog's view-model (trust auth: no password, so no master password)
        Path config = Files.createDirectories(tmp.resolve("config"));
        System.setProperty(ConnectionStore.CONFIG_PROPERTY, config.toString());
        ConnectionDialogViewModel dialog = new ConnectionDialogViewModel(DataSources.providers(), new ConnectionStore(config),
                new SecretVault(config, java.util.Optional.empty()), Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);
        dialog.nameProperty().set("县局共享库");
        dialog.field("host").setValue(db.host());
        dialog.field("port").setValue(Integer.toString(db.port()));
        dialog.field("database").setValue(db.database());
        dialog.field("editor").setValue("planner-b");
        dialog.save();

        FxWait.onFx(() -> {
            window = MainWindow.create(b, Messages.CHINESE);
            stage.setScene(new Scene(window.root(), 1400, 900));
            stage.show();
            window.syncPanels().setVault(new SecretVault(config, java.util.Optional.empty()));
            syncWindow = window.syncPanels().openSync();
        });
        SyncViewModel vm = window.syncPanels().syncModel();
        assertEquals("县局共享库", vm.connectionProperty().get().name(), "the saved connection is offered");

        FxWait.onFx(() -> robot.lookup("#syncRun").queryAs(Button.class).fire());
        FxWait.until("the sync finished and listed the conflict", () -> !vm.runningProperty().get() && !vm.conflicts().isEmpty());
        assertEquals("", vm.errorProperty().get());
        assertEquals(1, vm.conflicts().size(), "the parcel edited on both sides: " + vm.conflicts());
        assertTrue(vm.reportProperty().get().contains("未解决冲突 1 个"), vm.reportProperty().get());
        assertEquals("李四", ParcelEdits.byCode(b, CODE).get("owner"), "until resolved, B's edit stays");

        FxWait.onFx(() -> syncWindow.conflictList().getSelectionModel().select(0));
        FxWait.until("the conflict opened", () -> vm.conflictProperty().get() != null);
        ConflictViewModel c = vm.conflictProperty().get();
        assertEquals("水稻", c.row("crop").mine());
        assertEquals("湘莲", c.row("crop").theirs());
        assertEquals("水稻", c.row("crop").base(), "the base column shows the value of the last sync");
        assertEquals("农户3", c.row("owner").base());
        assertTrue(c.row("crop").differs() && c.row("owner").differs() && c.row("geom").differs());
        TableView<?> table = robot.lookup("#conflictTable").queryAs(TableView.class);
        assertEquals(4, table.getItems().size(), "three fields and the geometry");
        FxWait.until("the map draws my outline, theirs and the difference", () -> {
            int[] n = window.syncPanels().mapLayers().shapeCounts();
            return n[0] > 0 && n[1] > 0 && n[2] > 0;
        });
        Envelope shown = window.map().viewportNow().lonLatBounds();
        assertTrue(shown.contains(c.difference().extent()), "zoomed to the difference: " + shown + " vs " + c.difference().extent());
        assertTrue(window.syncPanels().mapLayers().legendShown(), "the map shows the legend of the overlays");
        snapshot(syncWindow.stage().getScene().getRoot(), "sync-conflict.png");
        snapshot(window.map(), "sync-conflict-map.png");

        // per-attribute merge: their crop and boundary, my owner
        FxWait.onFx(() -> {
            c.row("crop").setChoice(Side.THEIRS);
            c.row("geom").setChoice(Side.THEIRS);
            robot.lookup("#conflictMerge").queryAs(Button.class).fire();
        });
        FxWait.until("the merge was applied", () -> !vm.runningProperty().get() && vm.conflictProperty().get() == null);
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.conflicts().isEmpty(), "resolved: " + vm.conflicts());
        FxWait.until("the overlays and legend leave the map", () -> !window.syncPanels().mapLayers().legendShown()
                && window.syncPanels().mapLayers().shapeCounts()[0] == 0);
        Feature merged = ParcelEdits.byCode(b, CODE);
        assertEquals("湘莲", merged.get("crop"));
        assertEquals("李四", merged.get("owner"));

        FxWait.onFx(() -> robot.lookup("#syncRun").queryAs(Button.class).fire());
        FxWait.until("the second sync finished", () -> !vm.runningProperty().get() && vm.lastReportProperty().get() != null
                && vm.reportProperty().get().startsWith("已推送"));
        assertTrue(vm.lastReportProperty().get().conflicts().isEmpty(), "no conflict after the merge: " + vm.lastReportProperty().get());

        try (DataSource remote = DataSources.open("postgis", Map.of("host", db.host(), "port", db.port(), "database", db.database()))) {
            Feature r = ParcelEdits.byCode(remote, CODE);
            assertEquals("湘莲", r.get("crop"), "the server has A's crop");
            assertEquals("李四", r.get("owner"), "and B's owner");
            assertTrue(r.geometry().equalsExact(aBoundary, 1e-9), "and A's boundary: " + r.geometry());
        }
    }

    private static void snapshot(Node node, String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        AtomicReference<java.awt.image.BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(node.snapshot(null, null), null)));
        ImageIO.write(img.get(), "png", out.resolve(name).toFile());
    }
}
