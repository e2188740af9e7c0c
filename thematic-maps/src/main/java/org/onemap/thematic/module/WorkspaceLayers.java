package org.onemap.thematic.module;

/**
 * Names of the workspace layers the modules read (the seeded catalog's names; the modules know them
 * by name only, never by the code that generates them).
 */
public final class WorkspaceLayers {
    private WorkspaceLayers() {}

    public static final String COUNTY = "county";
    public static final String TOWNSHIP = "township";
    public static final String VILLAGE = "village";
    public static final String RIVER = "river";
    public static final String PARCEL = "parcel";
    public static final String SENSOR = "sensor";
    public static final String SERVICE_STATION = "service_station";
    public static final String LOGISTICS_NODE = "logistics_node";
    public static final String CAMERA = "camera";
    public static final String WASTE_POINT = "waste_point";
    public static final String INDUSTRIAL_PARK = "industrial_park";
    public static final String TOWNSHIP_STATS = "township_stats";
    public static final String GRID_CELL = "grid_cell";
    public static final String INCIDENT = "incident";
    public static final String SERVICE_SITE = "service_site";
    public static final String ENV_STATION = "env_station";
    public static final String ENTERPRISE = "enterprise";
    public static final String SALES_FLOW = "sales_flow";
}
