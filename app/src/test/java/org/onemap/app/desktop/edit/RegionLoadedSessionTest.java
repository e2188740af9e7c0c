package org.onemap.app.desktop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * Editing a layer bigger than the load-whole limit: the session holds the features around the view, reads
 * more as the view moves (keeping its edits), and saves and reopens on the regions it held.
 */
class RegionLoadedSessionTest {
    private static final double STEP = 0.001;

    @Test
    void loadsAroundTheViewReadsMoreWhenPanningAndSavesTheEdit(@TempDir Path journals) {
        MemoryDataSource ws = new MemoryDataSource();
        FeatureStore parcels = ws.createLayer(EditFixture.PARCEL);
        try (Transaction tx = parcels.begin("seed")) { // a 40 × 40 grid of 0.001° parcels
            for (int i = 0; i < 1600; i++) {
                double x = 112.9 + (i % 40) * STEP, y = 27.8 + (i / 40) * STEP;
                tx.insert(Feature.create(EditFixture.box(x, y, x + 0.0009, y + 0.0009),
                        Map.of("parcel_code", String.format("430321-012-%05d", i), "generated", false)));
            }
            tx.commit();
        }
        List<Runnable> background = new ArrayList<>();
        EditViewModel vm = new EditViewModel(ws, Messages.forLocale(Messages.CHINESE), ws::layer, background::add, Runnable::run, journals, "规划员");
        vm.setLoadAllMax(100);
        Envelope corner = new Envelope(112.9, 112.905, 27.8, 27.805);   // 5 × 5 parcels in view
        vm.viewChanged(corner, 1e-5);
        vm.start();
        runAll(background);
        assertTrue(vm.isEditing());
        assertTrue(vm.regionLoaded());
        int first = vm.features().size();
        // the view and one view's size around it, clipped by the grid's corner: about 10 × 10 parcels
        assertTrue(first >= 100 && first <= 121, "parcels loaded around the view: " + first);
        assertNull(idOf(vm, "430321-012-01230"), "a parcel far from the view is not loaded");
        assertTrue(vm.messageProperty().get().contains("共 1,600 个"), vm.messageProperty().get());

        Feature near = vm.features().stream().filter(f -> "430321-012-00000".equals(f.get("parcel_code"))).findFirst().orElseThrow();
        vm.execute(ChangeSet.reshape("挪动", near, ParcelEdits.move(near.geometry(), 0.0001, 0)));
        Envelope far = new Envelope(112.93, 112.935, 27.83, 27.835);
        vm.viewChanged(far, 1e-5);
        assertEquals(first, vm.features().size(), "read off the UI thread");
        runAll(background);
        assertTrue(vm.features().size() > first, "the far view's parcels are read");
        assertNotNull(vm.feature(idOf(vm, "430321-012-01230")), "parcel (30, 30) is in the far view");
        assertTrue(vm.feature(near.id()).geometry().equalsExact(ParcelEdits.move(near.geometry(), 0.0001, 0)),
                "reading a region keeps the edit");
        assertEquals(1, vm.features().stream().filter(f -> f.id().equals(near.id())).count());
        assertTrue(vm.dirtyProperty().get());

        int before = vm.features().size();
        assertTrue(vm.save());
        assertFalse(vm.dirtyProperty().get());
        assertTrue(vm.regionLoaded(), "still region-loaded after the save");
        assertEquals(before, vm.features().size(), "reopened on the regions it held, not the whole layer");
        Feature stored = parcels.list(Query.ALL).stream().filter(f -> f.id().equals(near.id())).findFirst().orElseThrow();
        assertEquals(2, stored.version());
        assertEquals(1600, parcels.count(Query.ALL));
        vm.stop();
        assertFalse(vm.regionLoaded());
        assertNull(vm.feature(near.id()));
    }

    @Test
    void aStoreThatFailsWhileReadingMoreSaysSoAndTheNextViewTriesAgain(@TempDir Path journals) {
        MemoryDataSource ws = new MemoryDataSource();
        FeatureStore parcels = ws.createLayer(EditFixture.PARCEL);
        try (Transaction tx = parcels.begin("seed")) {
            for (int i = 0; i < 400; i++) {
                double x = 112.9 + (i % 20) * STEP, y = 27.8 + (i / 20) * STEP;
                tx.insert(Feature.create(EditFixture.box(x, y, x + 0.0009, y + 0.0009),
                        Map.of("parcel_code", String.format("430321-012-%05d", i), "generated", false)));
            }
            tx.commit();
        }
        boolean[] down = {false};
        java.util.function.Function<String, org.onemap.core.spi.FeatureSource> sources = ws::layer;
        org.onemap.core.spi.DataSource failing = new org.onemap.core.spi.DataSource() {
            @Override
            public List<org.onemap.core.feature.LayerInfo> layers() { return ws.layers(); }

            @Override
            public org.onemap.core.spi.FeatureSource layer(String name) { return ws.layer(name); }

            @Override
            public java.util.Optional<FeatureStore> writableLayer(String name) {
                return ws.writableLayer(name).map(s -> new FlakyStore(s, down));
            }

            @Override
            public FeatureStore createLayer(org.onemap.core.feature.LayerSchema schema) { return ws.createLayer(schema); }

            @Override
            public void close() { ws.close(); }
        };
        List<Runnable> background = new ArrayList<>();
        EditViewModel vm = new EditViewModel(failing, Messages.forLocale(Messages.CHINESE), sources, background::add, Runnable::run, journals, "规划员");
        vm.setLoadAllMax(10);
        vm.viewChanged(new Envelope(112.9, 112.903, 27.8, 27.803), 1e-5);
        vm.start();
        runAll(background);
        int first = vm.features().size();
        down[0] = true;
        vm.viewChanged(new Envelope(112.915, 112.918, 27.815, 27.818), 1e-5);
        runAll(background);
        assertTrue(vm.messageProperty().get().startsWith("无法读取图层 parcel 的要素"), vm.messageProperty().get());
        assertEquals(first, vm.features().size(), "nothing lost, nothing added");
        down[0] = false;
        vm.viewChanged(new Envelope(112.915, 112.9181, 27.815, 27.8181), 1e-5);
        runAll(background);
        assertTrue(vm.features().size() > first, "the next view change reads the region");
    }

    /** A store whose bbox reads fail while {@code down[0]}, as a dropped server's do. */
    private record FlakyStore(FeatureStore store, boolean[] down) implements FeatureStore {
        @Override
        public org.onemap.core.feature.LayerSchema schema() { return store.schema(); }

        @Override
        public long count(Query q) { return store.count(q); }

        @Override
        public void read(Query q, java.util.function.Consumer<Feature> sink) {
            if (down[0] && q.bbox() != null) throw new org.onemap.core.spi.DataSourceException("connection refused");
            store.read(q, sink);
        }

        @Override
        public Envelope extent() { return store.extent(); }

        @Override
        public Transaction begin(String user) { return store.begin(user); }
    }

    private static String idOf(EditViewModel vm, String code) {
        return vm.features().stream().filter(f -> code.equals(f.get("parcel_code"))).map(Feature::id).findFirst().orElse(null);
    }

    private static void runAll(List<Runnable> tasks) {
        while (!tasks.isEmpty()) tasks.remove(0).run();
    }
}
