package org.onemap.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.sample.real.RealLayers;
import org.onemap.sample.synthetic.SyntheticLayers;
import org.onemap.sample.synthetic.ThemeLayers;

/**
 * Fills an empty workspace with the sample catalog through the data-source SPI only, so it works on
 * any writable store (H2GIS workspace, PostGIS, in-memory): the real Xiangtan layers, then the
 * generated ones, in {@link SampleCatalog#LAYER_ORDER}, then the thematic modules' generated layers
 * ({@link SampleCatalog#THEME_LAYERS}), one transaction per layer written by user
 * {@value #SEED_USER}. Everything is stored in SRID 4326 lon/lat. Parcels are streamed from the
 * generator into the transaction, so seeding a million does not hold them all in this process.
 */
public final class WorkspaceSeeder {
    public static final int DEFAULT_PARCELS = SyntheticLayers.DEFAULT_PARCELS;
    /** Recorded as {@code updated_by} of every seeded feature. */
    public static final String SEED_USER = "onemap-seed";

    private static final int PARCEL_PROGRESS_STEP = 100_000;

    private WorkspaceSeeder() {}

    /** Seeds with {@link SyntheticLayers#DEFAULT_SEED}; see {@link #seed(DataSource, int, long, Consumer)}. */
    public static void seed(DataSource target, int parcels, Consumer<String> progress) {
        seed(target, parcels, SyntheticLayers.DEFAULT_SEED, progress);
    }

    /**
     * Creates and fills every catalog layer in {@code target}.
     *
     * @param parcels number of generated parcels, 0..{@link SyntheticLayers#MAX_PARCELS}
     * @param progress receives one short line per step (layer written, every 100,000 parcels); may be null
     * @throws DataSourceException when {@code target} already has one of the catalog layers
     * @throws IllegalArgumentException when {@code parcels} is out of range (checked before anything is written)
     */
    public static void seed(DataSource target, int parcels, long seed, Consumer<String> progress) {
        Objects.requireNonNull(target, "target");
        if (parcels < 0 || parcels > SyntheticLayers.MAX_PARCELS) {
            throw new IllegalArgumentException("parcels must be 0.." + SyntheticLayers.MAX_PARCELS + ": " + parcels);
        }
        Consumer<String> say = progress == null ? s -> { } : progress;
        List<String> taken = new ArrayList<>();
        for (String name : SampleCatalog.ALL_LAYERS) if (target.hasLayer(name)) taken.add(name);
        if (!taken.isEmpty()) {
            throw new DataSourceException("cannot seed: the workspace already has layer(s) " + taken
                    + "; seed only an empty workspace");
        }
        say.accept("reading the real Xiangtan layers");
        for (SampleLayer layer : RealLayers.all()) write(target, layer, say);

        say.accept("generating synthetic layers (seed " + seed + ")");
        SyntheticLayers synthetic = new SyntheticLayers(seed);
        writeParcels(target, synthetic, parcels, say);
        for (SampleLayer layer : synthetic.facilityLayers()) write(target, layer, say);
        // the thematic modules' extra layers come after the canonical 13, which stay a fixed prefix
        for (SampleLayer layer : new ThemeLayers(synthetic).all()) write(target, layer, say);
        say.accept("seeded " + SampleCatalog.ALL_LAYERS.size() + " layers");
    }

    private static void write(DataSource target, SampleLayer layer, Consumer<String> say) {
        FeatureStore store = target.createLayer(layer.schema());
        try (Transaction tx = store.begin(SEED_USER)) {
            tx.insertAll(layer.features());
            tx.commit();
        }
        say.accept(layer.name() + ": " + layer.size() + " features");
    }

    private static void writeParcels(DataSource target, SyntheticLayers synthetic, int parcels, Consumer<String> say) {
        FeatureStore store = target.createLayer(SyntheticLayers.schema(SyntheticLayers.PARCEL));
        int[] written = {0};
        try (Transaction tx = store.begin(SEED_USER)) {
            synthetic.forEachParcel(parcels, f -> {
                tx.insert(f);
                if (++written[0] % PARCEL_PROGRESS_STEP == 0) say.accept("parcel: " + written[0] + " / " + parcels);
            });
            tx.commit();
        }
        say.accept(SyntheticLayers.PARCEL + ": " + written[0] + " features");
    }
}
