package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.SampleLayer;

/**
 * Generator of the labelled synthetic layers: farmland parcels, IoT sensors, farm machinery, 益农信息社
 * service stations, the logistics network, 雪亮工程 cameras, waste points and industrial parks, all
 * placed inside the real (WGS84-converted) Xiangtan county boundaries around real township and village
 * centres. None of it is survey data: every feature carries {@code generated = true}, every layer is in
 * {@link #GENERATED_LAYERS} and its title ends with {@link #TITLE_SUFFIX}.
 *
 * <p>Deterministic: each layer draws from its own {@link java.util.SplittableRandom} derived from the
 * seed, so the same seed (and, for parcels, the same count) gives identical features on every run and
 * JVM, whatever order the layers are asked for in. Building one instance reads the real layers once;
 * an instance is immutable and may be shared.
 */
public final class SyntheticLayers {
    /** Default seed: Xiangtan's city adcode. */
    public static final long DEFAULT_SEED = 430300L;

    public static final String PARCEL = "parcel";
    public static final String SENSOR = "sensor";
    public static final String MACHINERY = "machinery";
    public static final String SERVICE_STATION = "service_station";
    public static final String LOGISTICS_NODE = "logistics_node";
    public static final String CAMERA = "camera";
    public static final String WASTE_POINT = "waste_point";
    public static final String INDUSTRIAL_PARK = "industrial_park";

    /** Names of all generated layers, in catalog order. */
    public static final Set<String> GENERATED_LAYERS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            PARCEL, SENSOR, MACHINERY, SERVICE_STATION, LOGISTICS_NODE, CAMERA, WASTE_POINT, INDUSTRIAL_PARK)));

    /** BOOLEAN field set to true on every generated feature. */
    public static final String GENERATED_FIELD = "generated";

    /** Ending of the display title of every generated layer. */
    public static final String TITLE_SUFFIX = "（合成数据 / generated）";

    public static final int DEFAULT_PARCELS = 20_000;
    /**
     * Most parcels one run can place: beyond this the 5-digit per-township sequence of parcel_code
     * and the free farmland around the villages run out.
     */
    public static final int MAX_PARCELS = 1_200_000;
    public static final int SENSOR_COUNT = 300;
    public static final int MACHINERY_COUNT = 150;
    public static final int CAMERA_COUNT = 400;
    public static final int WASTE_POINT_COUNT = 250;

    private final long seed;
    private final Territory territory;

    public SyntheticLayers() {
        this(DEFAULT_SEED);
    }

    public SyntheticLayers(long seed) {
        this.seed = seed;
        this.territory = new Territory();
    }

    public long seed() {
        return seed;
    }

    Territory territory() {
        return territory;
    }

    /** True for the names in {@link #GENERATED_LAYERS} and {@link ThemeLayers#NAMES} (case-insensitive). */
    public static boolean isGenerated(String layer) {
        if (layer == null) return false;
        String n = layer.toLowerCase(java.util.Locale.ROOT);
        return GENERATED_LAYERS.contains(n) || ThemeLayers.NAMES.contains(n);
    }

    /** Schema of a generated layer (SRID 4326, ends with the required {@code generated} field). */
    public static LayerSchema schema(String layer) {
        LayerSchema s = SyntheticSchemas.BY_NAME.get(layer);
        if (s == null && layer != null) s = ThemeSchemas.BY_NAME.get(layer);
        if (s == null) throw new IllegalArgumentException("not a generated layer: " + layer + " (known: " + GENERATED_LAYERS + ")");
        return s;
    }

    /**
     * Streams {@code count} farmland parcels to {@code sink} without keeping them: memory stays flat
     * whatever the count. Parcels come township by township; ids are null (the store assigns them).
     *
     * @throws IllegalArgumentException when count is negative or above {@link #MAX_PARCELS}
     */
    public void forEachParcel(int count, Consumer<Feature> sink) {
        if (count < 0 || count > MAX_PARCELS) {
            throw new IllegalArgumentException("parcel count must be 0.." + MAX_PARCELS + ": " + count);
        }
        if (count == 0) return;
        new ParcelGenerator(territory, seed ^ 0x9A4CE1L).generate(count, sink);
    }

    /** {@code count} parcels as one list (fine up to a few hundred thousand; stream beyond). */
    public SampleLayer parcels(int count) {
        List<Feature> out = new ArrayList<>(count);
        forEachParcel(count, out::add);
        return new SampleLayer(SyntheticSchemas.PARCEL, out);
    }

    /** {@value #SENSOR_COUNT} soil-moisture, weather and water-quality stations with a latest reading. */
    public SampleLayer sensors() {
        return new FacilityLayers(territory, seed).sensors(SENSOR_COUNT);
    }

    /** {@value #MACHINERY_COUNT} tractors, harvesters, drones and transplanters of local co-operatives. */
    public SampleLayer machinery() {
        return new MachineryFleet(territory, seed).machinery(MACHINERY_COUNT);
    }

    /** One 益农信息社 in most of the 117 villages. */
    public SampleLayer serviceStations() {
        return new VillageNetwork(territory, seed).serviceStations();
    }

    /** County → township → village logistics nodes; {@code parent_code} links each to its parent. */
    public SampleLayer logisticsNodes() {
        return new VillageNetwork(territory, seed).logisticsNodes();
    }

    /** {@value #CAMERA_COUNT} 雪亮工程 cameras around township and village centres. */
    public SampleLayer cameras() {
        return new FacilityLayers(territory, seed).cameras(CAMERA_COUNT);
    }

    /** {@value #WASTE_POINT_COUNT} rural waste collection points, recycling stations and transfer stations. */
    public SampleLayer wastePoints() {
        return new FacilityLayers(territory, seed).wastePoints(WASTE_POINT_COUNT);
    }

    /** Ten industrial parks named after real towns. */
    public SampleLayer industrialParks() {
        return new IndustrialParks(territory, seed).parks();
    }

    /** Every generated layer except parcels, in catalog order (sensor … industrial_park). */
    public List<SampleLayer> facilityLayers() {
        return List.of(sensors(), machinery(), serviceStations(), logisticsNodes(), cameras(), wastePoints(), industrialParks());
    }
}
