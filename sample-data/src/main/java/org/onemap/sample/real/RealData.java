package org.onemap.sample.real;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real, public Xiangtan files shipped as classpath resources under
 * {@code org/onemap/sample/real/}, with where they come from and under which licence
 * (sample-data/README.md has the same lines). {@link #gcj02()} marks the Amap-derived files whose
 * lon/lat are GCJ-02, not WGS84: convert them before storing.
 */
public enum RealData {
    /** City outline + the 5 county-level polygons, 2018. */
    FENCES("admin_amap_vonng/xiangtan_fences_gcj02.geojson", Licence.VONNG, true),
    /** 1,020 admin units with 12-digit NBS 2016 codes and centre lon/lat. */
    ADCODE_2016("admin_amap_vonng/xiangtan_adcode_2016.csv", Licence.VONNG, true),
    /** 64 township/street centre points. */
    TOWN_POINTS("admin_amap_vonng/xiangtan_towns_points_gcj02.geojson", Licence.VONNG, true),
    /** 117 village/community centre points. */
    VILLAGE_POINTS("admin_amap_vonng/xiangtan_villages_points_gcj02.geojson", Licence.VONNG, true),
    /** The 5 county-level polygons as a UTF-8 shapefile, deliberately without .prj. */
    DISTRICTS_SHP("admin_amap_shp/xiangtan_districts.shp", Licence.GARY_BIKINI, true),
    DISTRICTS_SHX("admin_amap_shp/xiangtan_districts.shx", Licence.GARY_BIKINI, true),
    DISTRICTS_DBF("admin_amap_shp/xiangtan_districts.dbf", Licence.GARY_BIKINI, true),
    DISTRICTS_CPG("admin_amap_shp/xiangtan_districts.cpg", Licence.GARY_BIKINI, true),
    /** 24 railway stations. */
    RAILWAY_STATIONS("osm_railway_stations/xiangtan_railway_stations_osm.geojson", Licence.OSM, false),
    RAILWAY_STATIONS_NOTICE("osm_railway_stations/README_OpenQGIS_ODbL.txt", Licence.OSM, false),
    /** Xiang River centreline, 1:10M. */
    NE_RIVER("natural_earth/ne_10m_river_xiang.geojson", Licence.NATURAL_EARTH, false),
    /** 湘潭/株洲/长沙 populated places, 1:10M, context only. */
    NE_PLACES("natural_earth/ne_10m_populated_places_xiangtan_area.geojson", Licence.NATURAL_EARTH, false),
    CENSUS_POPULATION("stats_census2020/xiangtan_census2020_population.csv", Licence.TUDIGONG, false),
    CENSUS_HOUSEHOLDS("stats_census2020/xiangtan_census2020_households.csv", Licence.TUDIGONG, false),
    CENSUS_EMPLOYMENT("stats_census2020/xiangtan_census2020_employment.csv", Licence.TUDIGONG, false),
    CENSUS_AGES("stats_census2020/xiangtan_census2020_ages.csv", Licence.TUDIGONG, false),
    CENSUS_EDUCATION("stats_census2020/xiangtan_census2020_education.csv", Licence.TUDIGONG, false),
    CENSUS_FAMILY("stats_census2020/xiangtan_census2020_family.csv", Licence.TUDIGONG, false),
    CENSUS_HOUSING("stats_census2020/xiangtan_census2020_housing.csv", Licence.TUDIGONG, false),
    CENSUS_GHSL("stats_census2020/xiangtan_census2020_ghsl.csv", Licence.TUDIGONG, false),
    CENSUS_FIELD_DICTIONARY("stats_census2020/field_dictionary.csv", Licence.TUDIGONG, false);

    /** Attribution lines; the wording matches sample-data/README.md. */
    public enum Licence {
        VONNG("CC BY 4.0", "github.com/Vonng/adcode (Amap geometry; NBS 2016 codes)"),
        GARY_BIKINI("MIT", "github.com/GaryBikini/ChinaAdminDivisonSHP"),
        OSM("ODbL 1.0", "© OpenStreetMap contributors, via OpenQGIS/OMap-GeoDB"),
        NATURAL_EARTH("public domain", "Natural Earth"),
        TUDIGONG("MIT", "github.com/thebamboogrove/tudigong; figures from the NBS 2020 county census tables and JRC GHSL");

        private final String name;
        private final String source;

        Licence(String name, String source) {
            this.name = name;
            this.source = source;
        }

        public String licenceName() { return name; }

        public String source() { return source; }

        /** e.g. {@code "ODbL 1.0, © OpenStreetMap contributors, via OpenQGIS/OMap-GeoDB"}. */
        public String attribution() { return name + ", " + source; }
    }

    private static final String ROOT = "/org/onemap/sample/real/";

    private final String relativePath;
    private final Licence licence;
    private final boolean gcj02;

    RealData(String relativePath, Licence licence, boolean gcj02) {
        this.relativePath = relativePath;
        this.licence = licence;
        this.gcj02 = gcj02;
    }

    /** Path below {@code org/onemap/sample/real/}, e.g. {@code natural_earth/ne_10m_river_xiang.geojson}. */
    public String relativePath() { return relativePath; }

    /** Absolute classpath resource name, for {@link Class#getResource(String)}. */
    public String resourceName() { return ROOT + relativePath; }

    public String fileName() { return relativePath.substring(relativePath.lastIndexOf('/') + 1); }

    public Licence licence() { return licence; }

    /** True when the coordinates are GCJ-02 and must be converted to WGS84 before storage. */
    public boolean gcj02() { return gcj02; }

    public URL url() {
        URL url = RealData.class.getResource(resourceName());
        if (url == null) throw new IllegalStateException("sample resource missing from the classpath: " + resourceName());
        return url;
    }

    public InputStream open() {
        InputStream in = RealData.class.getResourceAsStream(resourceName());
        if (in == null) throw new IllegalStateException("sample resource missing from the classpath: " + resourceName());
        return in;
    }

    /** Copies this file into {@code dir} under its own file name (e.g. for import demos and tests). */
    public Path copyTo(Path dir) {
        try (InputStream in = open()) {
            Files.createDirectories(dir);
            Path target = dir.resolve(fileName());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + relativePath + " to " + dir, e);
        }
    }
}
