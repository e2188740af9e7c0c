package org.onemap.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.DataSourceException;

class WorkspaceSeederTest {

    @Test
    void seedsEveryCanonicalLayerInCatalogOrder() {
        MemoryDataSource target = new MemoryDataSource();
        List<String> progress = new ArrayList<>();
        WorkspaceSeeder.seed(target, WorkspaceSeeder.DEFAULT_PARCELS, progress::add);

        List<LayerInfo> layers = target.layers();
        List<String> names = layers.stream().map(LayerInfo::name).toList();
        assertEquals(SampleCatalog.LAYER_ORDER, names.subList(0, SampleCatalog.LAYER_ORDER.size()),
                "the 13 canonical layers must come first, in catalog order");
        assertEquals(SampleCatalog.ALL_LAYERS, names, "theme layers follow the canonical ones");
        Map<String, Long> counts = layers.stream().collect(Collectors.toMap(LayerInfo::name, LayerInfo::count));
        assertEquals(5L, counts.get("county"));
        assertEquals(64L, counts.get("township"));
        assertEquals(117L, counts.get("village"));
        assertEquals(24L, counts.get("railway_station"));
        assertTrue(counts.get("river") >= 1, "river missing");
        assertEquals((long) WorkspaceSeeder.DEFAULT_PARCELS, counts.get("parcel"));
        for (LayerInfo info : layers) {
            assertTrue(info.count() > 0, info.name() + " is empty");
            assertEquals(LayerSchema.WGS84, target.layer(info.name()).schema().srid(), info.name() + " must be stored in SRID 4326");
            assertTrue(info.extent().getMinX() > 111 && info.extent().getMaxX() < 114, info.name() + " extent is not lon/lat: " + info.extent());
        }
        assertTrue(progress.stream().anyMatch(s -> s.startsWith("parcel: 20000")), "progress should report parcels: " + progress);
        assertEquals(20_000, target.layer("parcel").count(Query.ALL.and(org.onemap.core.feature.AttributeFilter.eq("generated", true))));
    }

    @Test
    void refusesToSeedAWorkspaceThatAlreadyHasTheLayers() {
        MemoryDataSource target = new MemoryDataSource();
        WorkspaceSeeder.seed(target, 100, null);
        DataSourceException e = assertThrows(DataSourceException.class, () -> WorkspaceSeeder.seed(target, 100, null));
        assertTrue(e.getMessage().contains("county"), "message should name the existing layer: " + e.getMessage());
    }
}
