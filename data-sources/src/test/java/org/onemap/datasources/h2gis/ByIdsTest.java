package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureStore;

/** A layer looks features up by id through its primary key, and agrees with the SPI's read-everything default. */
class ByIdsTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheFeaturesWithTheseIdsAndSkipsOthers() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "王五")) {
            FeatureStore parcels = Parcels.seed(ws, 50);
            List<String> asked = List.of("42", "7", "new:abc", "9999", " 13 ");
            List<Feature> found = parcels.byIds(asked);
            assertEquals(List.of("7", "13", "42"), found.stream().map(Feature::id).toList(), "in id order; unknown ids left out");
            assertEquals("430321-012-00006", found.get(0).get("parcel_code"));
            assertTrue(found.get(0).geometry().equalsExact(Parcels.square(6)));
            // the SPI's default (read the layer, keep the ids) gives the same features
            List<Feature> all = parcels.list(Query.ALL);
            List<String> byDefault = all.stream().filter(f -> List.of("42", "7", "13").contains(f.id())).map(Feature::id).toList();
            assertEquals(byDefault, found.stream().map(Feature::id).toList());
            assertTrue(parcels.byIds(List.of()).isEmpty());
        }
    }
}
