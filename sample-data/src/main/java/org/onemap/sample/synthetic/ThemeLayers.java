package org.onemap.sample.synthetic;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onemap.core.feature.LayerSchema;
import org.onemap.sample.SampleLayer;

/**
 * The generated layers the five thematic modules need beyond the canonical catalog: per-township
 * statistics, governance grid cells with sanitation progress, incidents, service sites, environment
 * stations, enterprises and sales flows. Same rules as {@link SyntheticLayers}: inside the real
 * boundaries, deterministic per seed, every feature {@code generated = true}. Seeded after the
 * canonical layers, in {@link #NAMES} order. Fast: no parcel is read, all of it takes well under a second.
 */
public final class ThemeLayers {
    public static final String TOWNSHIP_STATS = "township_stats";
    public static final String GRID_CELL = "grid_cell";
    public static final String INCIDENT = "incident";
    public static final String SERVICE_SITE = "service_site";
    public static final String ENV_STATION = "env_station";
    public static final String ENTERPRISE = "enterprise";
    public static final String SALES_FLOW = "sales_flow";

    /** Names in seeding order. */
    public static final Set<String> NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            TOWNSHIP_STATS, GRID_CELL, INCIDENT, SERVICE_SITE, ENV_STATION, ENTERPRISE, SALES_FLOW)));

    public static final int INCIDENT_COUNT = 600;
    public static final int ENTERPRISE_COUNT = 260;
    public static final int AIR_STATIONS = 40;
    public static final int WATER_STATIONS = 50;

    private final Territory territory;
    private final long seed;

    public ThemeLayers(long seed) {
        this.seed = seed;
        this.territory = new Territory();
    }

    /** Shares the real geography {@code synthetic} already read (seeding reads it once), with its seed. */
    public ThemeLayers(SyntheticLayers synthetic) {
        this.seed = synthetic.seed();
        this.territory = synthetic.territory();
    }

    public static LayerSchema schema(String name) {
        LayerSchema s = ThemeSchemas.BY_NAME.get(name);
        if (s == null) throw new IllegalArgumentException("not a theme layer: " + name + " (known: " + NAMES + ")");
        return s;
    }

    /** Every theme layer in {@link #NAMES} order. */
    public List<SampleLayer> all() {
        AdminCells cells = new AdminCells(territory, seed);
        GovernanceEvents governance = new GovernanceEvents(territory, seed);
        EconomyLayers economy = new EconomyLayers(territory, seed);
        return List.of(cells.townshipStats(), cells.gridCells(), governance.incidents(INCIDENT_COUNT),
                governance.serviceSites(), new EnvironmentStations(territory, seed).stations(AIR_STATIONS, WATER_STATIONS),
                economy.enterprises(ENTERPRISE_COUNT), economy.salesFlows());
    }
}
